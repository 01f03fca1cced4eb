#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What writing to a path reaches once its symbolic links are followed, which decides how it
/// is written: a regular file is replaced whole; anything else is written as it is.
enum FileDestination: Equatable {
    /// A regular file, or none yet, at `path`, a name whose last part is no link: written into
    /// a temporary file beside it that then replaces it. `mode` is the existing file's.
    case regularFile(path: String, mode: mode_t?)
    /// One of this process's open descriptors, named through /proc (`/dev/stdout`,
    /// `/dev/fd/N`): written through a duplicate, sharing its position.
    case openDescriptor(Int32)
    /// A device, a FIFO, or another process's descriptor: opened and written.
    case device(path: String)
    /// A Unix socket: connected to and written.
    case socket(path: String)

    /// Links followed at most, as the kernel does (ELOOP beyond).
    static let maximumLinks = 40

    /// Follows `path`'s links, or throws `.cannotCreate` naming `path`: a directory, a link
    /// loop, or a regular file without write permission (see `isWritable`).
    static func resolve(_ path: String) throws(OutputError) -> FileDestination {
        if path.isEmpty { throw .cannotCreate(path: path, errno: ENOENT) }
        if path.hasSuffix("/") { throw .cannotCreate(path: path, errno: EISDIR) }
        var current = path
        for _ in 0...maximumLinks {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                // Nothing there yet (perhaps a link's target): a new file. A missing directory
                // fails when the temporary file is created.
                if errno == ENOENT { return .regularFile(path: current, mode: nil) }
                throw .cannotCreate(path: path, errno: errno)
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                if let destination = openFile(namedBy: current) { return destination }
                current = try linkTarget(of: current, given: path)
            case S_IFREG:
                guard isWritable(current, status) else { throw .cannotCreate(path: path, errno: EACCES) }
                return .regularFile(path: current, mode: status.st_mode & 0o7777)
            case S_IFDIR: throw .cannotCreate(path: path, errno: EISDIR)
            case S_IFSOCK: return .socket(path: current)
            default: return .device(path: current)
            }
        }
        throw .cannotCreate(path: path, errno: ELOOP)
    }

    /// Whether the file's permissions let this process replace it, as `cp` asks: `access(2)`
    /// for the effective user, and for root, who passes every access check, the mode bits:
    /// a file nobody may write is left alone.
    private static func isWritable(_ path: String, _ status: stat) -> Bool {
        faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0 && status.st_mode & 0o222 != 0
    }

    /// Where the link at `path` points, relative targets taken from the link's directory.
    private static func linkTarget(of path: String, given: String) throws(OutputError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { throw .cannotCreate(path: given, errno: errno) }
        let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard !target.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return target }
        return String(path[...slash]) + target
    }

    /// A link in /proc (`/proc/self/fd/1`, where `/dev/stdout` leads) names an open file, not a
    /// path: replacing it would replace the link, and the file behind may be a pipe or a
    /// socket. A link is in /proc when its directory is on /proc's file system. Nil for any
    /// other link.
    private static func openFile(namedBy link: String) -> FileDestination? {
        #if os(Linux)
        let slash = link.lastIndex(of: "/")
        let directory = slash.map { String(link[...$0]) } ?? "."
        var inDirectory = stat(), inProc = stat()
        guard stat(directory, &inDirectory) == 0, stat("/proc", &inProc) == 0, inDirectory.st_dev == inProc.st_dev
        else { return nil }
        // Our own descriptors are /proc/<pid>/fd/N, or /proc/<pid>/task/<tid>/fd/N for thread-self.
        guard let resolved = realpath(directory, nil) else { return .device(path: link) }
        defer { free(resolved) }
        let realDirectory = String(cString: resolved)
        let name = slash.map { String(link[link.index(after: $0)...]) } ?? link
        if realDirectory.hasPrefix("/proc/\(getpid())/"), realDirectory.hasSuffix("/fd"), let fd = Int32(name) {
            return .openDescriptor(fd)
        }
        return .device(path: link)
        #else
        return nil
        #endif
    }
}
