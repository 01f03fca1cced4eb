#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileDestination {
    /// A descriptor open for writing on a destination that is written as it is (anything but
    /// a regular file). Throws `.cannotCreate` naming `given`.
    func openDirectly(given: String) throws(OutputError) -> Int32 {
        let fd: Int32
        switch self {
        case .regularFile: preconditionFailure("a regular file is replaced through a TemporaryFile")
        // A duplicate shares the descriptor's position, as writing to standard output does.
        case .openDescriptor(let descriptor): fd = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        // Appending keeps what a shared file already holds; devices and FIFOs ignore it.
        case .device(let path): fd = open(path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC)
        case .socket(let path): fd = Self.connectedSocket(at: path)
        }
        guard fd >= 0 else { throw .cannotCreate(path: given, errno: errno) }
        return fd
    }

    /// A stream connection to the Unix socket at `path`, or -1 with errno set.
    private static func connectedSocket(at path: String) -> Int32 {
        var address = sockaddr_un()
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.utf8.count < capacity else {
            errno = ENAMETOOLONG
            return -1
        }
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        address.sun_family = sa_family_t(AF_UNIX)
        #else
        let fd = Darwin.socket(AF_UNIX, SOCK_STREAM, 0)
        address.sun_family = sa_family_t(AF_UNIX)
        #endif
        guard fd >= 0 else { return -1 }
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            bytes.copyBytes(from: path.utf8)
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(fd)
            errno = code
            return -1
        }
        return fd
    }
}
