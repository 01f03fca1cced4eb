import DescentCore

/// How text too long for its room is cut: to the columns it may take, ending in an ellipsis so
/// that the reader knows there is more ("backtrack…", not "backtracki"). Every label, title and
/// panel line that is cut is cut here.
enum Truncation {
    /// `text` (already as the terminal shows it) in at most `columns` columns: itself when it
    /// fits, else as much as fits before `ellipsis`. A wide character that would straddle the
    /// edge is left out; combining marks, which take no column, are kept with their base.
    static func cut(_ text: String, to columns: Int, ellipsis: Unicode.Scalar) -> String {
        guard DisplayText.columns(text) > columns else { return text }
        guard columns > 0 else { return "" }
        var kept = String.UnicodeScalarView(), used = 0
        for scalar in text.unicodeScalars {
            let width = DisplayText.columns(of: scalar)
            guard used + width <= columns - 1 else { break }
            kept.append(scalar)
            used += width
        }
        kept.append(ellipsis)
        return String(kept)
    }
}
