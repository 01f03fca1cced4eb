import DescentCore

/// Streams samples as CSV (DESIGN.md, Contract 3) to an output: the header, then one row per
/// recorded sample, numbers in their shortest round-trip form, lines ending in `\n`.
///
/// Rows are formatted straight into a reused buffer and sent on in chunks of about 64 KiB.
/// Call `finish` after the last run, or `discard` if anything failed (a file output then
/// leaves nothing behind). Errors thrown are `OutputError`.
public final class CSVWriter: OutputSink {
    static let layout = TrajectoryLayout()

    private let output: ByteOutput
    private let buffer: OutputBuffer
    /// Each begun run's prefix bytes, by run index.
    private var runPrefixes: [[UInt8]] = []

    /// Opens `target`; throws `.cannotCreate` if it cannot be.
    public convenience init(to target: OutputTarget) throws(OutputError) {
        try self.init(output: target.open())
    }

    /// Buffers the header; nothing is written before the first chunk fills or `finish`.
    init(output: ByteOutput) throws(OutputError) {
        self.output = output
        buffer = OutputBuffer(output: output)
        try buffer.append(Array((Self.layout.header + "\n").utf8))
    }

    public func begin(_ run: RunInfo) throws {
        if runPrefixes.count <= run.index {
            runPrefixes += repeatElement([], count: run.index + 1 - runPrefixes.count)
        }
        runPrefixes[run.index] = RunPrefix(run).bytes
    }

    public func record(_ sample: Sample) throws {
        precondition(sample.run < runPrefixes.count && !runPrefixes[sample.run].isEmpty, "record before begin")
        try runPrefixes[sample.run].withUnsafeBufferPointer { (prefix) throws(OutputError) in
            var row = try buffer.reserve(prefix.count + Self.layout.maxSampleFieldsLength)
            row.append(prefix)
            buffer.commit(SampleFields(sample, into: row).row)
        }
    }

    /// Rows are complete as they are recorded; the end of a run adds nothing.
    public func end(_ summary: RunSummary) throws {}

    /// Writes what is buffered and makes the output final (a file takes its target's place).
    public func finish() throws(OutputError) {
        try buffer.flush()
        try output.finish()
    }

    /// Gives up: a file output removes its temporary file. Buffered rows are dropped.
    public func discard() {
        output.discard()
    }
}
