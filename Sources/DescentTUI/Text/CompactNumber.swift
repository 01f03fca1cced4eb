import Foundation

/// Numbers in at most about seven characters: `digits` significant digits, in fixed form from
/// 0.001 up to 10^digits and with a short exponent beyond (8.34e-4 reads faster than 0.000834):
/// 0.001, 4.58, 123, 1.23e3, 8.34e-4, 2e12, nan, inf.
enum CompactNumber {
    static func format(_ value: Double, digits: Int = 3) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        // %e rounds first, so its exponent is that of the number as shown (999.9 → 1.00e+03).
        let scientific = String(format: "%.\(digits - 1)e", value)
        let e = scientific.firstIndex(of: "e")!
        let exponent = Int(scientific[scientific.index(after: e)...])!
        guard value != 0, exponent < -3 || exponent >= digits else {
            return String(format: "%.\(digits)g", value)
        }
        var mantissa = String(scientific[..<e])
        if mantissa.contains(".") {
            while mantissa.last == "0" { mantissa.removeLast() }
            if mantissa.last == "." { mantissa.removeLast() }
        }
        return mantissa + "e\(exponent)"
    }

    /// The fewest significant digits, `fewest` at least, that read back as `value` to within
    /// `tolerance`: a tick or a band edge with the digits that tell it from its neighbours.
    static func shortest(_ value: Double, within tolerance: Double, fewest: Int) -> String {
        for digits in fewest...17 {
            let text = format(value, digits: digits)
            if let read = Double(text), abs(read - value) <= tolerance { return text }
        }
        return format(value, digits: 17)
    }
}
