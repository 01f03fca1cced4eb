import Foundation

/// Round coordinate values for the map's axes, about one per `spacing` cells.
enum AxisTicks {
    /// Multiples of a 1-2-5 step inside `range`, about `count` of them.
    static func values(in range: ClosedRange<Double>, count: Int) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite, count > 0 else { return [] }
        let step = NiceNumber.nearest(to: span / Double(count))
        let first = (range.lowerBound / step).rounded(.up), last = (range.upperBound / step).rounded(.down)
        // A step that underflowed (a range of subnormals) or drowns in the bounds' magnitude
        // (far out, narrower than their last digit) gives no ticks rather than a flood of them.
        guard step > 0, first <= last, last - first <= Double(count) * 5 else { return [] }
        // A multiple of the step a rounding error away from zero reads as 0, not 1e-17.
        return stride(from: first, through: last, by: 1).map { $0 == 0 ? 0 : $0 * step }
    }
}
