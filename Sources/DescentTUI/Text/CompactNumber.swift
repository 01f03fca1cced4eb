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
        let (mantissa, exponent) = scientific(value, digits: digits)
        if value == 0 || (smallExponent..<digits).contains(exponent) { return String(format: "%.\(digits)g", value) }
        // A whole number below a million, rounded to its significant digits: 1234.5 → 1230.
        if exponent >= digits && exponent < largeExponent {
            return String(format: "%.0f", Double(mantissa)! * pow(10, Double(exponent)))
        }
        return exponentForm(mantissa, exponent)
    }

    /// The fewest significant digits, `fewest` at least, that read back as `value` to within
    /// `tolerance`: a tick or a band edge with the digits that tell it from its neighbours. Where
    /// room is short, a short exponent wins over the whole number it spells (2e5, not 200000).
    static func shortest(_ value: Double, within tolerance: Double, fewest: Int) -> String {
        for digits in fewest...17 {
            var spellings = [format(value, digits: digits)]
            if value.isFinite && value != 0 {
                let (mantissa, exponent) = scientific(value, digits: digits)
                spellings.append(exponentForm(mantissa, exponent))
            }
            let exact = spellings.filter { Double($0).map { abs($0 - value) <= tolerance } ?? false }
            if let text = exact.min(by: { $0.count < $1.count }) { return text }
        }
        return format(value, digits: 17)
    }

    /// `value` rounded to `digits` significant digits, as mantissa text and decimal exponent.
    /// %e rounds first, so the exponent is that of the number as shown (999.9 → 1.00e+03).
    private static func scientific(_ value: Double, digits: Int) -> (mantissa: String, exponent: Int) {
        let text = String(format: "%.\(digits - 1)e", value)
        let e = text.firstIndex(of: "e")!
        return (String(text[..<e]), Int(text[text.index(after: e)...])!)
    }

    /// 8.34e-4, 2e12: the mantissa without trailing zeros.
    private static func exponentForm(_ mantissa: String, _ exponent: Int) -> String {
        var mantissa = mantissa
        if mantissa.contains(".") {
            while mantissa.last == "0" { mantissa.removeLast() }
            if mantissa.last == "." { mantissa.removeLast() }
        }
        return mantissa + "e\(exponent)"
    }
}
