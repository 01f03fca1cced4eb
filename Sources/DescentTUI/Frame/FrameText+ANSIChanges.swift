extension FrameText {
    /// The escapes that turn a terminal showing `before` into `frame` (ratatui's diff): only
    /// the cells that differ (all of them when `before` is nil), a cursor move only where the
    /// next changed cell is not where the cursor already is, and an SGR only where the look
    /// changes; attributes reset and the cursor at the top left at the end. The interactive
    /// backend writes these for 24-bit colour that curses cannot express; `render --cast` writes
    /// one per frame.
    public static func ansiChanges(from before: CellGrid?, to frame: CellGrid, colors: TerminalCapabilities.Colors)
        -> String
    {
        var text = ""
        var cursor: (x: Int, y: Int)? = nil
        // Compared as written: neighbouring heat levels often fall on one xterm colour.
        var pen: String? = nil
        for (index, cell) in frame.cells.enumerated() where before?.cells[index] != cell && !cell.continuesWideGlyph {
            let x = index % frame.width, y = index / frame.width
            if cursor.map({ $0 != (x, y) }) ?? true { text += "\u{1B}[\(y + 1);\(x + 1)H" }
            let look = sgr(cell, colors)
            if look != pen {
                text += "\u{1B}[" + look + "m"
                pen = look
            }
            text.unicodeScalars.append(cell.glyph)
            // A wide glyph moves the cursor over the cell it continues into.
            let wide = x + 1 < frame.width && frame.cells[index + 1].continuesWideGlyph
            cursor = (x + (wide ? 2 : 1), y)
        }
        return text + "\u{1B}[0m\u{1B}[H"
    }
}
