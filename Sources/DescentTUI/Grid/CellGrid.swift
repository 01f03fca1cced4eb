import DescentCore

/// A frame: width × height cells, row by row. The view builds one; the backend blits it,
/// writing only the cells that differ from the previous frame; tests compare it as text.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    init(width: Int, height: Int, filling cell: Cell = .blank) {
        precondition(width >= 0 && height >= 0, "a grid has no negative size")
        self.width = width
        self.height = height
        cells = Array(repeating: cell, count: width * height)
    }

    /// The cell at column x, row y; writes outside the grid are ignored, reads give a blank.
    /// A wide glyph also takes the cell to its right (in the last column, where it has no
    /// room, it becomes a blank); writing over either half of one blanks the other, so every
    /// row always takes exactly `width` columns.
    subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set {
            guard contains(x: x, y: y) else { return }
            var cell = newValue
            let wide = DisplayText.columns(of: cell.glyph) == 2
            if wide && x + 1 == width { cell.glyph = " " }
            release(x: x, y: y)
            cells[y * width + x] = cell
            if wide && x + 1 < width {
                release(x: x + 1, y: y)
                cells[y * width + x + 1] = .continuation(of: cell)
            }
        }
    }

    /// Blanks the other half of the wide glyph the cell at x, y belongs to, if it does.
    private mutating func release(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].continuesWideGlyph {
            cells[i - 1].glyph = " "
        } else if x + 1 < width, cells[i + 1].continuesWideGlyph {
            cells[i + 1].glyph = " "
        }
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && x < width && y >= 0 && y < height }

    /// Row y as plain text (glyphs only; a wide glyph's right half adds nothing).
    func line(_ y: Int) -> String {
        var s = String.UnicodeScalarView()
        for x in 0..<width where !self[x, y].continuesWideGlyph { s.append(self[x, y].glyph) }
        return String(s)
    }
}
