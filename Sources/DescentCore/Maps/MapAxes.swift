import Foundation

/// What a map varies from cell to cell; everything else about the mapped run stays as it is.
public enum MapAxes: Hashable, Sendable {
    /// lr on a log x-axis over `lr`, the momentum coefficient on a linear y-axis over `momentum`.
    case parameters(lr: ClosedRange<Double>, momentum: ClosedRange<Double>)
    /// The start point over a box: x across, y up.
    case starts(ViewBox)

    /// The value at fraction `t` ∈ (0, 1) of a linear axis.
    static func linear(_ range: ClosedRange<Double>, at t: Double) -> Double {
        range.lowerBound + t * (range.upperBound - range.lowerBound)
    }

    /// The value at fraction `t` ∈ (0, 1) of a log axis: equal ratios across equal widths.
    static func logarithmic(_ range: ClosedRange<Double>, at t: Double) -> Double {
        exp(log(range.lowerBound) + t * (log(range.upperBound) - log(range.lowerBound)))
    }
}
