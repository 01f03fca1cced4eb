extension Trajectory {
    /// The lowest and highest of `values` (one per sample) over the samples shown at steps
    /// `steps`, the one shown at its first step included, so that neighbouring ranges share a
    /// sample and a chart's columns join up. NaN is skipped; nil past the run's end or where
    /// every value is NaN.
    func extremes(of values: [Double], over steps: ClosedRange<Int>) -> ClosedRange<Double>? {
        guard steps.lowerBound <= lastStep else { return nil }
        var low = Double.infinity, high = -Double.infinity
        for i in index(atStep: steps.lowerBound)...index(atStep: steps.upperBound) {
            let value = values[i]
            if value < low { low = value }
            if value > high { high = value }
        }
        return low <= high ? low...high : nil
    }
}
