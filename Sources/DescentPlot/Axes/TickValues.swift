/// Where an axis gets its ticks: multiples of a 1-2-5 step, about as many as asked. The map's
/// axes and charts in the terminal and in a figure choose them here; how they are labelled
/// is each picture's own.
public enum TickValues {
    /// Multiples of a 1-2-5 step inside `range`, about `count` of them.
    public static func values(in range: ClosedRange<Double>, count: Int) -> [Double] {
        guard let step = step(in: range, count: count) else { return [] }
        let first = (range.lowerBound / step).rounded(.up), last = (range.upperBound / step).rounded(.down)
        // A step that underflowed (a range of subnormals) or drowns in the bounds' magnitude
        // (far out, narrower than their last digit) gives no ticks rather than a flood of them.
        guard step > 0, first <= last, last - first <= Double(count) * 5 else { return [] }
        // A multiple of the step a rounding error away from zero reads as 0, not 1e-17.
        return stride(from: first, through: last, by: 1).map { $0 == 0 ? 0 : $0 * step }
    }

    /// The distance between the ticks `values(in:count:)` gives; nil for an empty or
    /// unbounded range or no ticks asked for.
    public static func step(in range: ClosedRange<Double>, count: Int) -> Double? {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite, count > 0 else { return nil }
        return NiceNumber.nearest(to: span / Double(count))
    }
}
