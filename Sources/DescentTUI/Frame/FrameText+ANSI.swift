extension FrameText {
    /// The frame with SGR escapes, as a terminal would show it: `38;5`/`48;5` for 256 colours,
    /// `38;2`/`48;2` for truecolour, only attributes in monochrome. Attributes are set again
    /// in full wherever they change and reset at the end of every line, so any line can be
    /// printed on its own.
    public static func ansi(_ grid: CellGrid, colors: TerminalCapabilities.Colors) -> String {
        var text = ""
        for y in 0..<grid.height {
            var current: Cell?
            // The right half of a wide glyph is printed with it.
            for x in 0..<grid.width where !grid[x, y].continuesWideGlyph {
                let cell = grid[x, y]
                if current.map({ !sameAttributes($0, cell) }) ?? true {
                    text += "\u{1B}[" + sgr(cell, colors) + "m"
                    current = cell
                }
                text.unicodeScalars.append(cell.glyph)
            }
            text += "\u{1B}[0m\n"
        }
        return text
    }

    private static func sameAttributes(_ a: Cell, _ b: Cell) -> Bool {
        a.foreground == b.foreground && a.background == b.background && a.style == b.style
    }

    /// `0` (reset), then the style and colour parameters of a cell.
    static func sgr(_ cell: Cell, _ colors: TerminalCapabilities.Colors) -> String {
        var parameters = ["0"]
        let styles: [(CellStyle, String)] = [(.bold, "1"), (.dim, "2"), (.underline, "4"), (.reverse, "7")]
        for (style, code) in styles where cell.style.contains(style) { parameters.append(code) }
        parameters += color(cell.foreground, layer: 38, colors) + color(cell.background, layer: 48, colors)
        return parameters.joined(separator: ";")
    }

    /// `38;5;n` or `38;2;r;g;b` (48 for the background); nothing for the terminal's default.
    private static func color(_ color: CellColor, layer: Int, _ colors: TerminalCapabilities.Colors) -> [String] {
        switch colors {
        case .monochrome:
            return []
        case .indexed256:
            return Palette.xterm256(color).map { ["\(layer)", "5", "\($0)"] } ?? []
        case .truecolor:
            return Palette.rgb(color).map { ["\(layer)", "2", "\($0.red)", "\($0.green)", "\($0.blue)"] } ?? []
        }
    }
}
