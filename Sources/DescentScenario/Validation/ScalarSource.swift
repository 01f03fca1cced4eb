/// Where a character of a scalar's decoded text sits in the file, so an error inside an
/// expression points at the character itself.
///
/// Exact for scalars on one line: plain ones, single-quoted (`''` is one quote) and
/// double-quoted (an escape such as `\"` or `\u00e9` is one character of the text but several
/// of the file; a character inside an escape is pointed at by the escape's backslash). A scalar
/// that spans lines (folded flow scalars, `|` and `>` blocks) has no such simple map: `nil`,
/// and the caller points at the scalar's start instead.
struct ScalarSource {
    /// The file's lines, in Unicode scalars (libyaml's columns).
    let lines: [[Unicode.Scalar]]

    init(_ bytes: [UInt8]) {
        lines = String(decoding: bytes, as: UTF8.self).unicodeScalars
            .split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    /// The file position of character `offset` (in Unicode scalars) of the scalar `text` that
    /// starts at `start`; `offset == text`'s length is the position just after it.
    func position(ofCharacter offset: Int, in text: String, at start: SourcePosition) -> SourcePosition? {
        guard start.line >= 1, start.line <= lines.count else { return nil }
        let line = lines[start.line - 1]
        var column = start.column - 1  // 0-based index into `line`
        guard column >= 0, column <= line.count else { return nil }
        let quote: Unicode.Scalar? = column < line.count && (line[column] == "'" || line[column] == "\"") ? line[column] : nil
        if quote != nil { column += 1 }
        // Walks the raw line, decoding as it goes, and accepts the map only if it decodes to `text`.
        let expected = Array(text.unicodeScalars)
        var decoded = 0, target: Int?
        while decoded < expected.count {
            if decoded == offset { target = column }
            guard column < line.count else { return nil }
            let raw = line[column]
            let isEscape = quote == "\"" && raw == "\\"
            guard let width = width(at: column, in: line, quote: quote),
                isEscape || raw == expected[decoded]
            else { return nil }
            column += width
            decoded += 1
        }
        if offset >= expected.count { target = column }
        let isClosed = quote.map { column < line.count && line[column] == $0 } ?? true
        guard let target, isClosed else { return nil }
        return SourcePosition(line: start.line, column: target + 1)
    }

    /// How many raw characters make the one decoded character at `column`; `nil` where the
    /// scalar's closing quote comes first (the text goes on past this line).
    private func width(at column: Int, in line: [Unicode.Scalar], quote: Unicode.Scalar?) -> Int? {
        let next = column + 1 < line.count ? line[column + 1] : nil
        let width: Int
        switch (quote, line[column]) {
        case ("'", "'"): guard next == "'" else { return nil }; width = 2
        case ("\"", "\""): return nil
        case ("\"", "\\"):
            switch next {
            case "x": width = 4
            case "u": width = 6
            case "U": width = 10
            default: width = 2
            }
        default: width = 1
        }
        return column + width <= line.count ? width : nil
    }
}
