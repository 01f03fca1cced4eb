/// Where an output goes: standard output as it is written, or a file that appears whole on
/// `finish` (see `AtomicFileOutput`).
public enum OutputTarget: Equatable, Sendable {
    case standardOutput
    case file(path: String)

    func open() throws(OutputError) -> ByteOutput {
        switch self {
        case .standardOutput: StandardOutput()
        case .file(let path): try AtomicFileOutput(path: path)
        }
    }

    /// Writes `text` as the whole output (a listing, a frame, a help screen), with the same
    /// guarantees and errors as a CSV: nothing partial in a file, `.writeFailed` on a full
    /// device, `.brokenPipe` when the reader has gone.
    public func write(_ text: String) throws(OutputError) {
        try Self.write(text, to: open())
    }

    /// `text` as the whole of `output`, which is finished, or discarded on a failure.
    static func write(_ text: String, to output: ByteOutput) throws(OutputError) {
        do throws(OutputError) {
            let bytes = Array(text.utf8), buffer = OutputBuffer(output: output, chunkSize: max(bytes.count, 1))
            try buffer.append(bytes)
            try buffer.flush()
            try output.finish()
        } catch {
            output.discard()
            throw error
        }
    }
}
