import Foundation

/// Numbers people read at a glance: 1, 2 or 5 times a power of ten.
public enum NiceNumber {
    /// The 1-2-5 number closest to a positive `value` on a log scale: 300 → 200, 400 → 500.
    public static func nearest(to value: Double) -> Double {
        let decade = pow(10, log10(value).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * decade }.min { abs(log10($0 / value)) < abs(log10($1 / value)) }!
    }
}
