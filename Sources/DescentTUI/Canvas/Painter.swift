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

    /// Writes `text` from column x, at most `limit` cells; returns the column after it. Text
    /// cut short ends in an ellipsis when `ellipsis` is set, so the reader knows there is more.
    @discardableResult
    mutating func text(
        _ text: String, x: Int, y: Int, _ foreground: CellColor = .text, background: CellColor = .terminalDefault,
        style: CellStyle = [], limit: Int = .max, ellipsis: Bool = false
    ) -> Int {
        let scalars = shown(text).unicodeScalars
        let cut = scalars.count > limit
        var column = x
        for scalar in scalars.prefix(max(0, cut && ellipsis ? limit - 1 : limit)) {
            put(scalar, x: column, y: y, foreground, background: background, style: style)
            column += 1
        }
        if cut && ellipsis && limit > 0 {
            put(capabilities.unicode ? "…" : ".", x: column, y: y, foreground, background: background, style: style)
            column += 1
        }
        return column
    }

    /// The canvas's dots with their colours, its top-left cell at `origin`; cells without dots
    /// keep what they had. Without Unicode a cell with dots becomes one path glyph.
    mutating func draw(
        _ canvas: BrailleCanvas, at origin: (x: Int, y: Int), background: (_ column: Int, _ row: Int) -> CellColor
    ) {
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns {
                guard let braille = canvas.glyph(column: column, row: row) else { continue }
                put(
                    capabilities.unicode ? braille : glyphs.pathDot, x: origin.x + column, y: origin.y + row,
                    canvas.color(column: column, row: row), background: background(column, row))
            }
        }
    }

    /// Width of `text` in cells as `text(_:)` writes it: one cell per scalar, after transliteration.
    func width(_ text: String) -> Int { shown(text).unicodeScalars.count }

    /// `text` as this terminal can show it.
    func shown(_ text: String) -> String {
        capabilities.unicode ? text : ASCIIFallback.transliterate(text)
    }

    mutating func fill(_ rect: Rect, _ cell: Cell) {
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX { grid[x, y] = cell }
        }
    }
}
