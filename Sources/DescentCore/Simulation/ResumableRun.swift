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

    /// The step of the next row it writes (its last step once it has ended).
    public var nextStep: Int { loop.nextRow }

    /// Writes the rows of steps up to `limit`, or to the run's end; returns the summary once
    /// the run has ended (as every later call does, writing nothing).
    @discardableResult
    public mutating func run(until limit: Int, into sink: any SampleSink) throws -> RunSummary? {
        try resume(&loop, limit, sink)
    }

    /// From here on, a row every `every` steps, starting with the next step: a checkpoint of a
    /// decimated run resumed with every 1 gives the rows it skipped, as `--every 1` writes them.
    mutating func emit(every: Int) {
        loop.emit(every: every)
    }
}

/// What `ResumableRun` asks of a `RunLoop` off the hot path, without its type parameters.
protocol ErasedRunLoop: Sendable {
    var nextRow: Int { get }
    mutating func emit(every: Int)
}

extension RunLoop: ErasedRunLoop {}
