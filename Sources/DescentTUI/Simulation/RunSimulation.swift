import DescentCore

/// One run as the view simulates it, a slice at a time: where it has got to, and copies of it
/// every `checkpointSamples(stride:steps:)` samples, from which any step is computed again exactly.
struct RunSimulation: Sendable {
    /// Samples between checkpoints: about 65,536 steps or one sample, so that computing a step
    /// again, or a slice's turn for one run, costs at most that many steps (well under a
    /// millisecond); and no more than about 2,048 checkpoints a run, which hold a few hundred
    /// bytes each.
    static func checkpointSamples(stride: Int, steps: Int) -> Int {
        max(1, 65_536 / stride, steps / stride / 2048)
    }

    private(set) var run: ResumableRun
    /// By `nextStep`, ascending; the first is the run before its first row.
    private(set) var checkpoints: [ResumableRun]
    private(set) var ended = false

    init(_ run: ResumableRun) {
        self.run = run
        checkpoints = [run]
    }

    /// Takes what a slice simulated from here.
    mutating func take(_ slice: RunSlice) {
        run = slice.run
        checkpoints += slice.checkpoints
        ended = slice.summary != nil
    }

    /// Step `step` exactly, from the latest checkpoint at or before it; nil when not yet simulated.
    func inspection(atStep step: Int) -> StepInspection? {
        guard ended || step < run.nextStep else { return nil }
        var low = 0, high = checkpoints.count
        while low < high {
            let middle = (low + high) / 2
            if checkpoints[middle].nextStep <= step { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? checkpoints[low - 1].inspection(atStep: step) : nil
    }
}
