/// How a plain scalar reads as a number: exactly as YAML 1.2's core schema resolves it (spec
/// 1.2.2, section 10.3.2), so that a file means the same here as in any YAML 1.2 reader:
/// integers `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; floats
/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`; `.inf`, `-.inf` and `.nan` (each in
/// three spellings) as the non-finite values they name, so that they can be refused by name.
/// Anything else (`1_000`, `0b1`, `inf`, `0x1p3`) is text.
enum NumberSyntax {
    /// The value of `text`, possibly non-finite; `nil` when it is not a number at all.
    static func double(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if let (digits, radix) = prefixedDigits(text) {
            // Beyond 2^53 this rounds, as any reader that resolves to a float does.
            return digits.reduce(0.0) { $0 * Double(radix) + Double($1.hexDigitValue!) }
        }
        return isDecimal(text.utf8) ? Double(text) : nil
    }

    /// The exact whole number `text` spells as a YAML 1.2 integer, if it fits in `T`.
    static func integer<T: FixedWidthInteger>(_ text: String, as type: T.Type) -> T? {
        if let (digits, radix) = prefixedDigits(text) { return T(digits, radix: radix) }
        // Swift reads exactly `[-+]?[0-9]+` in radix 10.
        return T(text, radix: 10)
    }

    /// The digits of `0o17` or `0x1F` (unsigned, as the schema has them) and their radix.
    private static func prefixedDigits(_ text: String) -> (Substring, Int)? {
        let radix: Int
        if text.hasPrefix("0o") {
            radix = 8
        } else if text.hasPrefix("0x") {
            radix = 16
        } else {
            return nil
        }
        let digits = text.dropFirst(2)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.hexDigitValue.map { $0 < radix } == true }) else {
            return nil
        }
        return (digits, radix)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, integers included.
    private static func isDecimal(_ text: String.UTF8View) -> Bool {
        var rest = text[...]
        func skipSign() { if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() } }
        func digits() -> Int {
            let count = rest.prefix(while: isDigit).count
            rest = rest.dropFirst(count)
            return count
        }
        skipSign()
        let whole = digits()
        var fraction = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            fraction = digits()
        }
        // `.5` and `5.` are numbers, `.` is not.
        guard whole > 0 || fraction > 0 else { return false }
        if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            skipSign()
            guard digits() > 0 else { return false }
        }
        return rest.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
