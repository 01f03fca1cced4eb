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

    /// From the least to the greatest of `values` that are numbers (one pass without a
    /// filtered copy: a frame at 300×100 samples about 200,000 points).
    public init?(spanning values: [Double]) {
        var low = Double.infinity, high = -Double.infinity
        for v in values where v.isFinite {
            low = min(low, v)
            high = max(high, v)
        }
        self.init(low: low, high: high)
    }

    /// Where `value` sits on the ramp: 0 at `low`, 1 at `high` (beyond them outside 0 … 1).
    public func position(_ value: Double) -> Double {
        (log(value - low + offset) - floor) / span
    }

    /// Where `value` shows on a ramp scaled by `scale`: a loss too large to be a number at the
    /// top with the highest, one that is not a number left so (the ramp decides its colour),
    /// and everything at the bottom of a flat view, which has no scale.
    public static func rampPosition(of value: Double, on scale: LogLossScale?) -> Double {
        guard value.isFinite else { return value.isNaN ? .nan : 1 }
        return scale?.position(value) ?? 0
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
