import DescentCore

/// Streams samples as CSV (DESIGN.md, Contract 3) into a `ByteOutput`: the header, then one
/// row per recorded sample, numbers in their shortest round-trip form, lines ending in `\n`.
///
/// Rows are formatted straight into a reused buffer and sent on in chunks of about 64 KiB.
/// Call `finish` after the last run, or `discard` if anything failed (a file output then
/// leaves nothing behind). Errors thrown are `OutputError`.
public final class CSVWriter: SampleSink {
    public static let header = "run,optimizer,step,x,y,loss,grad_x,grad_y,lr,status,event,evals"

    private let output: ByteOutput
    private let buffer: OutputBuffer
    /// Each run's `run,optimizer,` field bytes, quoted as needed, by run index.
    private var runFields: [[UInt8]] = []

    /// Buffers the header; nothing is written before the first chunk fills or `finish`.
    public init(output: ByteOutput) throws(OutputError) {
        self.output = output
        buffer = OutputBuffer(output: output)
        try buffer.append(Array((Self.header + "\n").utf8))
    }

    public func begin(_ run: RunInfo) throws {
        if runFields.count <= run.index {
            runFields += repeatElement([], count: run.index + 1 - runFields.count)
        }
        runFields[run.index] =
            CSVField.encoded(run.label) + [Self.comma] + CSVField.encoded(run.optimizer) + [Self.comma]
    }

    public func record(_ sample: Sample) throws {
        precondition(sample.run < runFields.count && !runFields[sample.run].isEmpty, "record before begin")
        try runFields[sample.run].withUnsafeBufferPointer { (fields) throws(OutputError) in
            var row = try buffer.reserve(fields.count + Self.maxNumbersAndStatusLength)
            row.append(fields)
            row.append(sample.step)
            func field(_ value: Double) {
                row.append(Self.comma)
                row.append(value)
            }
            field(sample.position.x)
            field(sample.position.y)
            field(sample.loss)
            field(sample.gradient.x)
            field(sample.gradient.y)
            field(sample.lr)
            row.append(Self.comma)
            row.append(Self.statusField(sample.status))
            row.append(Self.comma)
            if !sample.event.isEmpty {
                Array(sample.event.description.utf8).withUnsafeBufferPointer { row.append($0) }
            }
            row.append(Self.comma)
            row.append(sample.evals)
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

    /// Step, six numbers, status, event, evals, separators and newline.
    private static let maxNumbersAndStatusLength =
        NumberText.maxIntLength + 6 * (1 + NumberText.maxDoubleLength) + 1 + "converged".utf8.count
        + 1 + maxEventLength + 1 + NumberText.maxIntLength + 1

    /// `step_undone;restart;backtrack:N;lr_reduced` with N up to 20 digits.
    private static let maxEventLength = 64

    private static func statusField(_ status: RunStatus) -> UnsafeBufferPointer<UInt8> {
        let text: StaticString = switch status {
        case .ok: "ok"
        case .converged: "converged"
        case .diverged: "diverged"
        }
        return UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    private static var comma: UInt8 { UInt8(ascii: ",") }
}
