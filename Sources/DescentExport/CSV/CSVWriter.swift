import DescentCore

/// Streams samples as CSV (DESIGN.md, Contract 3) to an output: the header, then one row per
/// recorded sample, numbers in their shortest round-trip form, lines ending in `\n`.
///
/// Rows are held in a window of `windowRows` samples, then, on a thread of their own
/// (`BackgroundWriter`) while the next window fills, formatted on all cores at once
/// (`ParallelRowFormatter`) and written in order, in blocks of a few hundred KiB: the bytes of
/// formatting them one by one, in a fraction of the time, and memory bounded by two windows
/// whatever the number of rows. Call `finish` after the last run, or `discard` if anything
/// failed (a file output then leaves nothing behind). Errors thrown are `OutputError`; a
/// window's write error is thrown by the next window's `record`, or by `finish`.
public final class CSVWriter: OutputSink {
    static let layout = TrajectoryLayout()
    /// About 3 MiB of samples and 4 to 8 MiB of text: a few pieces per core, and flat memory.
    static let windowRows = 1 << 15

    private let output: ByteOutput
    /// One: a window is formatted and written before the next is sent.
    private let formatter: ParallelRowFormatter
    private let writer: BackgroundWriter
    /// Sent before the first rows.
    private var header: [UInt8]?
    // Unchecked, the two that `record` touches on every row: only the thread that records
    // uses them, and a runtime check of that on every row cost about 5% of a CSV's time.
    /// Each begun run's prefix bytes, by run index.
    @exclusivity(unchecked) private var runPrefixes: [[UInt8]] = []
    /// Rows recorded and not yet sent.
    @exclusivity(unchecked) private var window: [Sample] = []
    /// The rows last sent, kept once written to be filled again.
    private var sentWindow: [Sample] = []

    /// Opens `target`; throws `.cannotCreate` if it cannot be.
    public convenience init(to target: OutputTarget) throws(OutputError) {
        try self.init(output: target.open())
    }

    /// Nothing is written before the first window fills or `finish`. `pieces` is how many
    /// blocks a window is formatted in at once; 1 formats one row after another.
    init(output: ByteOutput, pieces: Int = ParallelRowFormatter.piecesForThisMachine) throws(OutputError) {
        self.output = output
        formatter = ParallelRowFormatter(pieces: pieces)
        writer = BackgroundWriter(output: output)
        header = Array((Self.layout.header + "\n").utf8)
        window.reserveCapacity(Self.windowRows)
        sentWindow.reserveCapacity(Self.windowRows)
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
        try writer.wait()
        try output.finish()
    }

    /// Gives up, once any write under way has returned: a file output removes its temporary
    /// file. Held rows are dropped.
    public func discard() {
        try? writer.wait()
        window.removeAll()
        output.discard()
    }

    /// Once the window before is written, has this one formatted and written while the
    /// next fills the rows of the one before.
    private func sendWindow() throws(OutputError) {
        try writer.wait()
        swap(&window, &sentWindow)
        window.removeAll(keepingCapacity: true)
        writer.send(sentWindow, prefixes: runPrefixes, formattedBy: formatter, after: header)
        header = nil
    }
}
