/// The steps the playhead can stand on: 0, stride, 2·stride, … and the last step. Long runs
/// keep only every stride-th sample (so that at most ~200,000 are held), and the timeline
/// moves in those units.
struct Timeline: Equatable {
    let steps: Int
    let stride: Int

    /// Samples kept over all runs at most (a little more: each run also keeps its last step).
    static let sampleBudget = 200_000

    init(steps: Int, runs: Int) {
        self.steps = steps
        let wanted = (steps + 1) * max(runs, 1)
        stride = max(1, (wanted + Self.sampleBudget - 1) / Self.sampleBudget)
    }

    /// The nearest step at or below `step` that the playhead can stand on, within 0 ... steps.
    func snap(_ step: Int) -> Int {
        if step >= steps { return steps }
        return max(0, step - step % stride)
    }

    /// A step count as a whole number of strides, at least one stride.
    func span(_ fraction: Double) -> Int {
        max(stride, Int(screen: (Double(steps) * fraction / Double(stride)).rounded()) * stride)
    }
}
