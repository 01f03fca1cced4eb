import DescentCore

/// Streams samples as CSV (DESIGN.md, Contract 3) to an output: the header, then one row per
/// recorded sample, numbers in their shortest round-trip form, lines ending in `\n`.
///
/// Rows are held in a window of `windowRows` samples, then formatted on all cores at once
/// (`ParallelRowFormatter`) and sent on in order, in blocks of a few hundred KiB: the bytes of
/// formatting them one by one, in about the time divided by the cores, and memory bounded by
/// the window whatever the number of rows. Call `finish` after the last run, or `discard` if
/// anything failed (a file output then leaves nothing behind). Errors thrown are `OutputError`.
public final class CSVWriter: OutputSink {
    static let layout = TrajectoryLayout()
    /// About 3 MiB of samples and 8 MiB of text: a few pieces per core, and flat memory.
    static let windowRows = 1 << 15

    private let output: ByteOutput
    private let formatter: ParallelRowFormatter
    /// Sent before the first rows.
    private var header: [UInt8]?
    /// Each begun run's prefix bytes, by run index.
    private var runPrefixes: [[UInt8]] = []
    /// Rows recorded and not yet formatted.
    private var window: [Sample] = []

    /// Opens `target`; throws `.cannotCreate` if it cannot be.
    public convenience init(to target: OutputTarget) throws(OutputError) {
        try self.init(output: target.open())
    }

    /// Nothing is written before the first window fills or `finish`. `pieces` is how many
    /// blocks a window is formatted in at once; 1 formats one row after another.
    init(output: ByteOutput, pieces: Int = ParallelRowFormatter.piecesForThisMachine) throws(OutputError) {
        self.output = output
        formatter = ParallelRowFormatter(pieces: pieces)
        header = Array((Self.layout.header + "\n").utf8)
        window.reserveCapacity(Self.windowRows)
    }

    public func begin(_ run: RunInfo) throws {
        if runPrefixes.count <= run.index {
            runPrefixes += repeatElement([], count: run.index + 1 - runPrefixes.count)
        }
        runPrefixes[run.index] = RunPrefix(run).bytes
    }

    public func record(_ sample: Sample) throws {
        precondition(sample.run < runPrefixes.count && !runPrefixes[sample.run].isEmpty, "record before begin")
        window.append(sample)
        if window.count == Self.windowRows { try sendWindow() }
    }

    /// Rows are complete as they are recorded; the end of a run adds nothing.
    public func end(_ summary: RunSummary) throws {}

    /// Writes what is held and makes the output final (a file takes its target's place).
    public func finish() throws(OutputError) {
        try sendWindow()
        try output.finish()
    }

    /// Gives up: a file output removes its temporary file. Held rows are dropped.
    public func discard() {
        window.removeAll()
        output.discard()
    }

    private func sendWindow() throws(OutputError) {
        if let header {
            try header.withUnsafeBytes { bytes in Result { () throws(OutputError) in try output.write(bytes) } }.get()
            self.header = nil
        }
        try formatter.format(window, prefixes: runPrefixes) { (bytes) throws(OutputError) in try output.write(bytes) }
        window.removeAll(keepingCapacity: true)
    }
}
