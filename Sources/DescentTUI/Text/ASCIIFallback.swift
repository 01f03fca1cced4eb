/// Plain-ASCII stand-ins for the few non-ASCII characters in the view's text, for terminals
/// without a UTF-8 locale: every glyph such a frame contains is ASCII.
enum ASCIIFallback {
    private static let replacements: [Unicode.Scalar: String] = [
        "−": "-", "–": "-", "—": "-", "×": "x", "÷": "/", "±": "+-", "·": ".", "…": "...",
        "μ": "mu", "ρ": "rho", "κ": "kappa", "σ": "sd", "∇": "grad ", "≤": "<=", "≥": ">=", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "★": "*", "●": "@", "○": "o", "◆": "+", "▶": ">", "⏸": "||", "│": "|", "─": "-",
        "₋": "-", "₀": "0", "₁": "1", "²": "^2", "½": "1/2", "‖": "|",
    ].merging(RunNumber.beyondNine.map { ($0.unicode, String($0.ascii)) }, uniquingKeysWith: { old, _ in old })

    /// `text` with every non-ASCII scalar replaced (by `?` when there is no stand-in).
    static func transliterate(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else {
                result += replacements[scalar] ?? "?"
            }
        }
        return result
    }
}
