import DescentCore

/// Streams samples as CSV (DESIGN.md, Contract 3) into a `ByteOutput`: the header, then one
/// row per recorded sample, numbers in their shortest round-trip form, lines ending in `\n`.
///
/// Rows are formatted straight into a reused buffer and sent on in chunks of about 64 KiB.
/// Call `finish` after the last run, or `discard` if anything failed (a file output then
/// leaves nothing behind). Errors thrown are `OutputError`.
public final class CSVWriter: OutputSink {
    static let header = columns.map(\.name).joined(separator: ",")

    private static let columns = TrajectoryColumn.allCases

    private let output: ByteOutput
    private let buffer: OutputBuffer
    /// Each begun run's fields and the room its longest row needs, by run index.
    private var runs: [(fields: RunFields, maxRowLength: Int)?] = []

    /// Opens `target`; throws `.cannotCreate` if it cannot be.
    public convenience init(to target: OutputTarget) throws(OutputError) {
        try self.init(output: target.open())
    }

    /// Buffers the header; nothing is written before the first chunk fills or `finish`.
    init(output: ByteOutput) throws(OutputError) {
        self.output = output
        buffer = OutputBuffer(output: output)
        try buffer.append(Array((Self.header + "\n").utf8))
    }

    public func begin(_ run: RunInfo) throws {
        if runs.count <= run.index {
            runs += repeatElement(nil, count: run.index + 1 - runs.count)
        }
        let fields = RunFields(run)
        // A separator or the newline after each field.
        runs[run.index] = (fields, Self.columns.reduce(0) { $0 + $1.maxLength(in: fields) + 1 })
    }

    public func record(_ sample: Sample) throws {
        guard sample.run < runs.count, let run = runs[sample.run] else { preconditionFailure("record before begin") }
        var row = try buffer.reserve(run.maxRowLength)
        for (index, column) in Self.columns.enumerated() {
            if index > 0 { row.append(UInt8(ascii: ",")) }
            column.write(sample, of: run.fields, to: &row)
        }
        row.append(UInt8(ascii: "\n"))
        buffer.commit(row)
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
