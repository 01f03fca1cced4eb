import DescentCore

/// Writes into a frame under the terminal's capabilities: text is transliterated to ASCII
/// when the terminal has no UTF-8, and glyphs come from the matching glyph set.
struct Painter {
    var grid: CellGrid
    let capabilities: TerminalCapabilities
    let glyphs: GlyphSet

    init(width: Int, height: Int, capabilities: TerminalCapabilities) {
        grid = CellGrid(width: width, height: height)
        self.capabilities = capabilities
        glyphs = GlyphSet(unicode: capabilities.unicode)
    }

    /// False without colours: shades and glyphs must carry what colour would.
    var colorful: Bool { capabilities.colors != .monochrome }

    mutating func put(
        _ glyph: Unicode.Scalar, x: Int, y: Int, _ foreground: CellColor = .text,
        background: CellColor = .terminalDefault, style: CellStyle = []
    ) {
        grid[x, y] = Cell(glyph, foreground: foreground, background: background, style: style)
    }

    /// Writes `text` from column x, in at most `limit` columns (a wide character takes two);
    /// returns the column after it. Text cut short ends in an ellipsis when `ellipsis` is set
    /// (labels and titles, so the reader knows there is more); numbers are not cut that way.
    @discardableResult
    mutating func text(
        _ text: String, x: Int, y: Int, _ foreground: CellColor = .text, background: CellColor = .terminalDefault,
        style: CellStyle = [], limit: Int = .max, ellipsis: Bool = false
    ) -> Int {
        let shown = ellipsis ? Truncation.cut(shown(text), to: limit, ellipsis: glyphs.ellipsis) : shown(text)
        var column = x
        // A cell holds one scalar: combining marks, which take no column, are left out.
        for scalar in shown.unicodeScalars {
            let columns = DisplayText.columns(of: scalar)
            guard column - x + columns <= limit else { break }
            guard columns > 0 else { continue }
            put(scalar, x: column, y: y, foreground, background: background, style: style)
            column += columns
        }
        return column
    }

    /// The canvas's dots with their colours (in `style`), its top-left cell at `origin`; cells
    /// without dots keep what they had. Without Unicode a cell with dots becomes one path glyph.
    mutating func draw(
        _ canvas: BrailleCanvas, at origin: (x: Int, y: Int), style: CellStyle = [],
        background: (_ column: Int, _ row: Int) -> CellColor
    ) {
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns {
                guard let braille = canvas.glyph(column: column, row: row) else { continue }
                put(
                    capabilities.unicode ? braille : glyphs.pathDot, x: origin.x + column, y: origin.y + row,
                    canvas.color(column: column, row: row), background: background(column, row), style: style)
            }
        }
    }

    /// Width of `text` in columns as `text(_:)` writes it, cleaned and transliterated.
    func width(_ text: String) -> Int { DisplayText.columns(shown(text)) }

    /// `text` as this terminal can show it: control characters escaped (names and labels are
    /// the user's), and in ASCII without Unicode.
    func shown(_ text: String) -> String {
        let clean = DisplayText.clean(text)
        return capabilities.unicode ? clean : ASCIIFallback.transliterate(clean)
    }

    mutating func fill(_ rect: Rect, _ cell: Cell) {
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX { grid[x, y] = cell }
        }
    }
}
