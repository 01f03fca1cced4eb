/// Standard output (`--csv -`): written as it comes, nothing to finish or take back.
final class StandardOutput: ByteOutput {
    private let file = FileDescriptor(1, name: "standard output")

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        try file.writeAll(bytes)
    }

    func finish() throws(OutputError) {}

    /// What has gone out cannot be taken back; the reader sees a short stream.
    func discard() {}
}
