/// One character cell of the screen: a glyph with colours and style. A wide glyph (CJK, emoji)
/// takes two cells: its own, and the one to its right, which `continuesWideGlyph`.
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

    /// The right half of a wide glyph: it shows nothing of its own, and text output and the
    /// terminal skip it. NUL marks it, a glyph no text can put in a cell (`DisplayText.clean`
    /// escapes it).
    public var continuesWideGlyph: Bool { glyph == Self.continuationGlyph }

    /// The cell right of `head`, a wide glyph: in its colours, so that the pair reads as one.
    static func continuation(of head: Cell) -> Cell {
        Cell(continuationGlyph, foreground: head.foreground, background: head.background, style: head.style)
    }

    private static let continuationGlyph: Unicode.Scalar = "\0"
}
