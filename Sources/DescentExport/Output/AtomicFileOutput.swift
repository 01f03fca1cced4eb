/// A file that appears whole or not at all: bytes go to a `TemporaryFile` beside the target,
/// which replaces the target on `finish`. A failure, `discard`, dropping the output unfinished,
/// or a signal that ends the process removes the temporary file, so no partial CSV is ever
/// left and an existing file stays untouched.
///
/// The target is what the path reaches through its links (`FileDestination`): a link is
/// written through and stays a link; a file without write permission is refused. A target that
/// is no regular file (`/dev/null`, `/dev/stdout`, a FIFO, a socket) cannot be replaced and
/// has nothing to protect: it is written directly.
final class AtomicFileOutput: ByteOutput {
    /// The path given, as it appears in error messages.
    private let path: String
    private var file: FileDescriptor?
    /// Where the bytes go until `finish`; nil when writing directly.
    private let temporary: TemporaryFile?
    /// The file must be new: `finish` fails rather than replace one that appeared meanwhile.
    private let isNew: Bool

    /// Creates the temporary file (or opens a special file). Throws `.cannotCreate` when the
    /// directory is missing or not writable, the path is a directory, or the file is read-only.
    init(path: String) throws(OutputError) {
        self.path = path
        isNew = false
        let destination = try FileDestination.resolve(path)
        if case .regularFile(let target, let mode) = destination {
            let temporary = try TemporaryFile(replacing: target, mode: mode, given: path)
            file = FileDescriptor(temporary.fd, name: path)
            self.temporary = temporary
        } else {
            file = FileDescriptor(try destination.openDirectly(given: path), name: path)
            temporary = nil
        }
    }

    /// A file that does not exist yet, written beside its place as any other; `finish` puts it
    /// there only if the name is still free (`.cannotCreate` with EEXIST otherwise), so a file
    /// is never replaced, even one created while this was written.
    init(newFileAt path: String) throws(OutputError) {
        self.path = path
        isNew = true
        let temporary = try TemporaryFile(replacing: path, mode: nil, given: path)
        file = FileDescriptor(temporary.fd, name: path)
        self.temporary = temporary
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
            if isNew { try temporary?.placeAsNew(given: path) } else { try temporary?.replaceTarget(given: path) }
        } catch {
            temporary?.remove()
            throw error
        }
    }

    func discard() {
        if let file {
            try? file.close()
            self.file = nil
            temporary?.remove()
        }
    }
}
