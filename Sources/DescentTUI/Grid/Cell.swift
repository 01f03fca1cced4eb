/// One character cell of the screen: a glyph (one column wide) with colours and style.
public struct Cell: Hashable, Sendable {
    public var glyph: Unicode.Scalar
    public var foreground: CellColor
    public var background: CellColor
    public var style: CellStyle

    init(
        _ glyph: Unicode.Scalar = " ", foreground: CellColor = .terminalDefault,
        background: CellColor = .terminalDefault, style: CellStyle = []
    ) {
        self.glyph = glyph
        self.foreground = foreground
        self.background = background
        self.style = style
    }

    static let blank = Cell()
}
