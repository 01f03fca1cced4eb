/// One slice of simulation of the runs still going: each goes on a checkpoint's worth of
/// samples in turn, so that all grow together, until the budget is spent or all have ended.
/// The same job runs inside `update` with a small budget of steps and off the input thread
/// with a budget of time.
struct SimulationJob: Sendable {
    /// How much one slice may do: whichever limit it reaches first.
    struct Budget: Sendable {
        var steps = Int.max
        var time: Duration?

        /// What `update` simulates before it returns: a few milliseconds at most, all of a
        /// short scenario.
        static let inUpdate = Budget(steps: 100_000)
        /// What a background slice simulates before its rows go back to the view.
        static let background = Budget(time: .milliseconds(25))
    }

    let number: Int
    let stride: Int
    let checkpointSamples: Int
    var runs: [RunSlice]

    func run(_ budget: Budget) -> SimulationSlice {
        let clock = ContinuousClock(), start = clock.now
        var runs = runs, steps = 0
        while runs.contains(where: { !$0.ended }) && steps < budget.steps
            && budget.time.map({ start.duration(to: clock.now) < $0 }) ?? true {
            for index in runs.indices where !runs[index].ended {
                steps += runs[index].advance(stride: stride, checkpointSamples: checkpointSamples)
            }
        }
        return SimulationSlice(job: number, runs: runs)
    }
}
