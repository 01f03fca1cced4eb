#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that appears whole or not at all: bytes go to a temporary file beside the target
/// (`.<name>.XXXXXX` in the same directory, so the final `rename` is atomic), which replaces
/// the target on `finish`. A failure, `discard`, or dropping the output unfinished removes
/// the temporary file, so no partial CSV is ever left and an existing file stays untouched.
///
/// A target that exists but is no regular file (`/dev/null`, `/dev/full`, a FIFO) cannot be
/// replaced and has nothing to protect: it is opened and written directly.
final class AtomicFileOutput: ByteOutput {
    /// The path given, as it appears in error messages.
    private let path: String
    private var file: FileDescriptor?
    /// Where the bytes go until `finish`; nil when writing directly.
    private let temporaryPath: String?

    /// Creates the temporary file (or opens a special file). Throws `.cannotCreate` when the
    /// directory is missing or not writable, or the path is a directory.
    init(path: String) throws(OutputError) {
        self.path = path
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && status.st_mode & S_IFMT == S_IFDIR || path.isEmpty || path.hasSuffix("/") {
            throw .cannotCreate(path: path, errno: path.isEmpty ? ENOENT : EISDIR)
        }
        if exists && status.st_mode & S_IFMT != S_IFREG {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .cannotCreate(path: path, errno: errno) }
            file = FileDescriptor(fd, name: path)
            temporaryPath = nil
            return
        }
        var template = Array(Self.temporaryTemplate(for: path).utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw .cannotCreate(path: path, errno: errno) }
        // mkstemp creates the file private (0600); give it the mode the target has, or the
        // one a plain create would give, so replacing a file does not change who can read it.
        fchmod(fd, exists ? status.st_mode & 0o7777 : 0o666 & ~Self.currentUmask())
        file = FileDescriptor(fd, name: path)
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit {
        discard()
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard let file else { preconditionFailure("write after finish or discard") }
        do throws(OutputError) {
            try file.writeAll(bytes)
        } catch {
            discard()
            throw error
        }
    }

    /// Closes the file and, when writing through a temporary file, renames it over the
    /// target. No fsync: the promise is about our own failures and about readers never
    /// seeing half a file, not about power loss, and syncing would slow every large run.
    func finish() throws(OutputError) {
        guard let file else { preconditionFailure("finish after finish or discard") }
        self.file = nil
        do throws(OutputError) {
            try file.close()
            if let temporaryPath, rename(temporaryPath, path) != 0 {
                throw OutputError.cannotCreate(path: path, errno: errno)
            }
        } catch {
            removeTemporaryFile()
            throw error
        }
    }

    func discard() {
        if let file {
            try? file.close()
            self.file = nil
            removeTemporaryFile()
        }
    }

    private func removeTemporaryFile() {
        if let temporaryPath { unlink(temporaryPath) }
    }

    /// `dir/.name.XXXXXX` for `dir/name`, `.name.XXXXXX` for a bare `name`.
    private static func temporaryTemplate(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).XXXXXX" }
        let directory = path[...slash], name = path[path.index(after: slash)...]
        return "\(directory).\(name).XXXXXX"
    }

    /// The process's umask, which can only be read by setting it; set back at once.
    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
