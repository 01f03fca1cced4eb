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
    subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && x < width && y >= 0 && y < height }

    /// Row y as plain text (glyphs only).
    func line(_ y: Int) -> String {
        var s = String.UnicodeScalarView()
        for x in 0..<width { s.append(self[x, y].glyph) }
        return String(s)
    }
}
