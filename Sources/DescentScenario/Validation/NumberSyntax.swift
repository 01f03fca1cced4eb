/// How a plain scalar reads as a number: `1e-4`, `-3`, `1_000`, `0.5`; YAML's `.inf` and
/// `.nan` read as the non-finite values they name, so that they can be refused by name.
enum NumberSyntax {
    /// The value of `text`, possibly non-finite; `nil` when it is not a number at all.
    static func double(_ text: String) -> Double? {
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(withoutSeparators(text))
        }
    }

    /// The exact whole number `text` spells in decimal, if it fits in `T`.
    static func integer<T: FixedWidthInteger>(_ text: String, as type: T.Type) -> T? {
        T(withoutSeparators(text), radix: 10)
    }

    /// YAML 1.1 lets digits be grouped with underscores: `1_000_000`.
    private static func withoutSeparators(_ text: String) -> String {
        text.contains("_") ? String(text.filter { $0 != "_" }) : text
    }
}
