import Foundation

/// How a landscape's loss maps onto a colour ramp: log(f − low + δ), with `low` and `high` the
/// least and greatest loss in view, spread over 0 … 1. δ, a thousandth of the range, decides
/// how many decades the ramp shows below the highest loss (three): enough to see a valley
/// floor without the noise of the last digits around the minimum.
public struct LogLossScale: Hashable, Sendable {
    public let low: Double
    public let high: Double
    /// δ: what is added to f − low before its logarithm.
    public let offset: Double
    private let floor: Double
    private let span: Double

    /// Nil unless high > low, both numbers: a flat view has nothing to spread.
    public init?(low: Double, high: Double) {
        guard low.isFinite, high.isFinite, high > low else { return nil }
        self.low = low
        self.high = high
        offset = (high - low) * 1e-3
        floor = log(offset)
        span = log(high - low + offset) - floor
    }

    /// Where `value` sits on the ramp: 0 at `low`, 1 at `high` (beyond them outside 0 … 1).
    public func position(_ value: Double) -> Double {
        (log(value - low + offset) - floor) / span
    }

    /// The loss at `position` on the ramp; the inverse of `position(_:)`.
    public func value(atPosition position: Double) -> Double {
        low + exp(floor + position * span) - offset
    }

    /// The losses the iso-lines go through: 1-2-5 steps above `low`, evenly spread in log loss.
    public var contourValues: [Double] {
        ContourLevels.levels(above: offset, through: high - low).map { low + $0 }
    }
}
