/// One run of a simulation, simulated as far as asked and no further: `run(until:into:)` writes
/// its rows up to a step and returns, and a later call goes on from there. It is a value, so a
/// copy is a checkpoint: the interactive view keeps some, to simulate in slices off the input
/// thread and to compute any step again exactly from the nearest one (`inspection(atStep:)`).
///
/// It hides `RunLoop`'s type parameters behind one dynamic call per slice, never per step: the
/// closure that resumes it is made where the types are known, so the loop in it is specialised.
public struct ResumableRun: Sendable {
    private var loop: any ErasedRunLoop
    private let resume: @Sendable (inout any ErasedRunLoop, Int, any SampleSink) throws -> RunSummary?

    init<L: Landscape, O: Optimizer, I: StepInputs>(_ loop: RunLoop<L, O, I>) {
        self.loop = loop
        resume = { erased, limit, sink in
            // Moved out and back rather than cast in place: the existential has no inout cast.
            var loop = erased as! RunLoop<L, O, I>
            defer { erased = loop }
            return try loop.run(until: limit, into: sink)
        }
    }

    /// The step it visits next, one after its last row (0 before any): its rows from here on
    /// can still be written, and inspected.
    public var nextStep: Int { loop.nextStep }

    /// It has found its run at a fixed point (`RunLoop`), and passes over the steps between rows.
    var isAtFixedPoint: Bool { loop.isAtFixedPoint }

    /// Writes the rows of steps up to `limit`, or to the run's end; returns the summary once
    /// the run has ended (as every later call does, writing nothing).
    @discardableResult
    mutating func run(until limit: Int, into sink: any SampleSink) throws -> RunSummary? {
        try resume(&loop, limit, sink)
    }

    /// The rows of steps up to `limit` (or to the run's end), and the summary once the run has
    /// ended (as every later call does, with no rows).
    public mutating func rows(until limit: Int) -> (rows: [Sample], summary: RunSummary?) {
        let collector = RowCollector()
        // Rows go to memory, which cannot fail.
        let summary = try! run(until: limit, into: collector)
        return (collector.rows, summary)
    }

    /// From here on, a row every `every` steps, starting with the next step: a checkpoint of a
    /// decimated run resumed with every 1 gives the rows it skipped, as `--every 1` writes them.
    mutating func emit(every: Int) {
        loop.emit(every: every)
    }
}

extension ResumableRun {
    /// Step `step` exactly, as `--every 1` writes it, with the optimizer's state after its update
    /// and the update itself, simulated on a copy from here (`step − nextStep` steps of work); nil
    /// for a step before `nextStep` or after the run ended.
    public func inspection(atStep step: Int) -> StepInspection? {
        guard step >= nextStep else { return nil }
        var run = self
        run.emit(every: 1)
        let rows = LastRow()
        // Rows go to memory, which cannot fail.
        try! run.run(until: step, into: rows)
        guard let row = rows.last, row.step == step else { return nil }
        let state = run.loop.optimizerState
        try! run.run(until: step + 1, into: rows)
        let next = rows.last.flatMap { $0.step == step + 1 ? $0 : nil }
        return StepInspection(sample: row, optimizerState: state, update: next.map { $0.position - row.position })
    }
}

/// Keeps the last row it is given.
private final class LastRow: SampleSink {
    private(set) var last: Sample?
    func begin(_ run: RunInfo) {}
    func record(_ sample: Sample) { last = sample }
    func end(_ summary: RunSummary) {}
}

/// What `ResumableRun` asks of a `RunLoop` off the hot path, without its type parameters.
protocol ErasedRunLoop: Sendable {
    var nextStep: Int { get }
    var isAtFixedPoint: Bool { get }
    var optimizerState: [(name: String, value: Vector2)] { get }
    mutating func emit(every: Int)
}

extension RunLoop: ErasedRunLoop {}
