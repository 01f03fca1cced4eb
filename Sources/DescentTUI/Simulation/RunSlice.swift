import DescentCore

/// What one slice of background work simulated of one run: its rows, where the run got to,
/// the checkpoints it passed, and how the run ended if it did.
struct RunSlice: Sendable {
    let index: Int
    private(set) var run: ResumableRun
    private(set) var rows: [Sample] = []
    private(set) var checkpoints: [ResumableRun] = []
    private(set) var summary: RunSummary?
    /// Samples the run's trajectory had when the slice began plus those written since.
    private var samples: Int

    init(index: Int, run: ResumableRun, samples: Int) {
        self.index = index
        self.run = run
        self.samples = samples
    }

    var ended: Bool { summary != nil }

    /// Simulates up to the next checkpoint (every `checkpointSamples` samples) and keeps a copy
    /// of the run there; returns the steps simulated.
    mutating func advance(stride: Int, checkpointSamples: Int) -> Int {
        let before = run.nextStep
        let target = (samples / checkpointSamples + 1) * checkpointSamples
        let (rows, summary) = run.rows(until: (target - 1) * stride)
        self.summary = summary
        self.rows += rows
        samples += rows.count
        if summary == nil { checkpoints.append(run) }
        return run.nextStep - before
    }
}
