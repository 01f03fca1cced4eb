#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor and the name to put in error messages (a path, or "standard
/// output"): writes all bytes through `write(2)` and turns failures into `OutputError`.
///
/// Plain descriptors rather than `FILE*`, because Swift 6 rejects Glibc's global `stdout` as
/// shared mutable state, and we buffer ourselves anyway.
struct FileDescriptor {
    let fd: Int32
    let name: String

    /// Ignores SIGPIPE for the whole process, so that a reader closing a pipe early turns
    /// into the error EPIPE, which ends a run quietly, rather than a kill by signal.
    init(_ fd: Int32, name: String) {
        self.fd = fd
        self.name = name
        signal(SIGPIPE, SIG_IGN)
    }

    func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(fd, next, remaining)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                throw code == EPIPE ? .brokenPipe(path: name) : .writeFailed(path: name, errno: code)
            }
            next += written
            remaining -= written
        }
    }

    /// Closes the descriptor; a failure here can be a write that failed late (NFS, quotas).
    func close() throws(OutputError) {
        #if canImport(Glibc)
        let result = Glibc.close(fd)
        #else
        let result = Darwin.close(fd)
        #endif
        if result != 0 { throw .writeFailed(path: name, errno: errno) }
    }
}
