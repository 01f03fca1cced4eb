/// A frame as text, without a terminal: for `descent render`, golden tests and bug reports.
public enum FrameText {
    /// The glyphs, one line per row, each line ending in a newline. Trailing spaces are
    /// trimmed: they are invisible, and diffs of golden files stay about what is drawn.
    public static func plain(_ grid: CellGrid) -> String {
        var text = ""
        for y in 0..<grid.height {
            var line = grid.line(y)
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
