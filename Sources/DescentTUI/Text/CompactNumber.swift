import Foundation

/// Numbers in at most about seven characters, as people write them: `digits` significant
/// digits, in fixed form from 0.001 up to a million (280, 1230, 0.0032) and with a short
/// exponent beyond, where zeros would be counted rather than read (3e-4, as an lr is written;
/// 2e12): 0.001, 4.58, 123, 45600, 8.34e-4, 2e12, nan, inf.
enum CompactNumber {
    /// The first power of ten written with an exponent.
    private static let largeExponent = 6
    /// The last power of ten written in fixed form, 0.001.
    private static let smallExponent = -3

    static func format(_ value: Double, digits: Int = 3) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        // %e rounds first, so its exponent is that of the number as shown (999.9 → 1.00e+03).
        let scientific = String(format: "%.\(digits - 1)e", value)
        let e = scientific.firstIndex(of: "e")!
        let exponent = Int(scientific[scientific.index(after: e)...])!
        if value == 0 || (smallExponent..<digits).contains(exponent) { return String(format: "%.\(digits)g", value) }
        var mantissa = String(scientific[..<e])
        // A whole number below a million, rounded to its significant digits: 1234.5 → 1230.
        if (digits..<largeExponent).contains(exponent) { return String(format: "%.0f", Double(mantissa)! * pow(10, Double(exponent))) }
        if mantissa.contains(".") {
            while mantissa.last == "0" { mantissa.removeLast() }
            if mantissa.last == "." { mantissa.removeLast() }
        }
        return mantissa + "e\(exponent)"
    }
}
