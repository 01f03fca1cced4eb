import Foundation

/// Where iso-lines go on a log-scaled landscape: at 1, 2 and 5 times each power of ten, which
/// read as numbers and fall about evenly in log loss (a third of a decade apart, give or take).
public enum ContourLevels {
    /// The 1-2-5 values strictly above `low` and at most `high` (0 < low < high), ascending.
    public static func levels(above low: Double, through high: Double) -> [Double] {
        guard low > 0, high > low, high.isFinite else { return [] }
        var levels: [Double] = []
        var decade = pow(10, log10(low).rounded(.down))
        while decade <= high {
            for mantissa in [1.0, 2, 5] {
                let value = mantissa * decade
                if value > low && value <= high { levels.append(value) }
            }
            decade *= 10
        }
        return levels
    }

    /// Whether a level is a power of ten (the levels a legend labels first): `levels` gives
    /// them as products of the decade, so they are one to within rounding.
    public static func isDecade(_ level: Double) -> Bool {
        let exponent = log10(level)
        return abs(exponent - exponent.rounded()) < 1e-9
    }
}
