import DescentCore

/// Streams samples as CSV (DESIGN.md, Contract 3) to an output: the header, then one row per
/// recorded sample, numbers in their shortest round-trip form, lines ending in `\n`.
///
/// Rows are formatted straight into a reused buffer and sent on in chunks of about 64 KiB.
/// Call `finish` after the last run, or `discard` if anything failed (a file output then
/// leaves nothing behind). Errors thrown are `OutputError`.
public final class CSVWriter: OutputSink {
    static let header = (runColumns + sampleColumns).map(\.name).joined(separator: ",")

    /// Columns about the run lead each row, so that a run's text is quoted once, when it
    /// begins, and copied as one block per row.
    private static let runColumns = TrajectoryColumn.allCases.filter { $0.runText != nil }
    private static let sampleColumns = TrajectoryColumn.allCases.filter { $0.runText == nil }
    /// Separators and the newline included.
    private static let maxSampleFieldsLength = sampleColumns.reduce(0) { $0 + $1.maxLength + 1 }

    private let output: ByteOutput
    private let buffer: OutputBuffer
    /// Each begun run's quoted text fields with a separator after each, by run index.
    private var runFields: [[UInt8]] = []

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
        if runFields.count <= run.index {
            runFields += repeatElement([], count: run.index + 1 - runFields.count)
        }
        runFields[run.index] = Self.runColumns.flatMap { column in
            CSVField.encoded(run[keyPath: column.runText!]) + [UInt8(ascii: ",")]
        }
    }

    public func record(_ sample: Sample) throws {
        precondition(sample.run < runFields.count && !runFields[sample.run].isEmpty, "record before begin")
        try runFields[sample.run].withUnsafeBufferPointer { (fields) throws(OutputError) in
            var row = try buffer.reserve(fields.count + Self.maxSampleFieldsLength)
            row.append(fields)
            for (index, column) in Self.sampleColumns.enumerated() {
                if index > 0 { row.append(UInt8(ascii: ",")) }
                column.write(sample, to: &row)
            }
            row.append(UInt8(ascii: "\n"))
            buffer.commit(row)
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
