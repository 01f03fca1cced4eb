import DescentTUI

/// The bytes that put a frame's changed cells on a terminal in 24-bit colour, for terminals
/// that take `38;2;r;g;b` (COLORTERM says so) under a terminfo entry that cannot express it,
/// which curses then cannot write: cursor addressing, SGR and UTF-8, as btop writes them.
enum TrueColorEscapes {
    /// Every cell of `frame` that differs from `before` (all of them without one), ending with
    /// the attributes reset and the cursor at the top left.
    static func changes(from before: CellGrid?, to frame: CellGrid) -> [UInt8] {
        var bytes: [UInt8] = []
        var cursor: (x: Int, y: Int)? = nil
        var pen: (CellColor, CellColor, CellStyle)? = nil
        for (index, cell) in frame.cells.enumerated() where before?.cells[index] != cell && !cell.continuesWideGlyph {
            let x = index % frame.width, y = index / frame.width
            if cursor.map({ $0 != (x, y) }) ?? true { bytes += Array("\u{1B}[\(y + 1);\(x + 1)H".utf8) }
            if pen.map({ $0 != (cell.foreground, cell.background, cell.style) }) ?? true {
                bytes += sgr(cell)
                pen = (cell.foreground, cell.background, cell.style)
            }
            bytes += Array(String(Character(cell.glyph)).utf8)
            // A wide glyph moves the cursor over the cell it continues into.
            let wide = x + 1 < frame.width && frame.cells[index + 1].continuesWideGlyph
            cursor = (x + (wide ? 2 : 1), y)
        }
        return bytes + Array("\u{1B}[0m\u{1B}[H".utf8)
    }

    /// One escape that sets everything a cell's look depends on, from a reset.
    private static func sgr(_ cell: Cell) -> [UInt8] {
        var parameters = ["0"]
        if cell.style.contains(.bold) { parameters.append("1") }
        if cell.style.contains(.dim) { parameters.append("2") }
        if cell.style.contains(.underline) { parameters.append("4") }
        if cell.style.contains(.reverse) { parameters.append("7") }
        if let rgb = Palette.rgb(cell.foreground) { parameters.append("38;2;\(rgb.red);\(rgb.green);\(rgb.blue)") }
        if let rgb = Palette.rgb(cell.background) { parameters.append("48;2;\(rgb.red);\(rgb.green);\(rgb.blue)") }
        return Array("\u{1B}[\(parameters.joined(separator: ";"))m".utf8)
    }
}
