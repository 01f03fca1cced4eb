/// A figure's coordinates and tick labels, always with the same number of decimals, from
/// integer arithmetic alone: the same value gives the same text on every machine.
enum FixedDecimal {
    /// Beyond any picture: a coordinate further out is clamped here (a diverged run's last
    /// points), which also keeps the scaled value inside Int.
    static let limit = 1e9

    static func format(_ value: Double, decimals: Int) -> String {
        var unit = 1
        for _ in 0..<decimals { unit *= 10 }
        let clamped = value.isNaN ? 0 : min(max(value, -limit), limit)
        let scaled = Int((clamped * Double(unit)).rounded())
        let magnitude = scaled.magnitude, whole = magnitude / UInt(unit)
        var text = scaled < 0 ? "-\(whole)" : "\(whole)"
        if decimals > 0 {
            let fraction = String(magnitude % UInt(unit))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// Picture coordinates: a tenth of a pixel, finer than any screen shows at the size asked.
    static func coordinate(_ value: Double) -> String { format(value, decimals: 1) }

    /// A tick label for `value` on an axis with ticks `step` apart (1, 2 or 5 times a power
    /// of ten): just the decimals the step has.
    static func tick(_ value: Double, step: Double) -> String {
        var decimals = 0, scaled = step
        while decimals < 12 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            scaled *= 10
            decimals += 1
        }
        return format(value, decimals: decimals)
    }
}
