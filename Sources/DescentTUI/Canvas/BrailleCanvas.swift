/// Dots at braille resolution (2 × 4 per cell), each cell with one colour: what paths, arrows
/// and chart lines are drawn on. A cell's glyph is U+2800 plus its dot bits.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private(set) var bits: [UInt8]
    private(set) var colors: [CellColor]

    init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        colors = [CellColor](repeating: .terminalDefault, count: self.columns * self.rows)
    }

    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    /// Bit of the dot in column dx (0, 1) and row dy (0 … 3) of a cell: left column 1, 2, 4, 64;
    /// right column 8, 16, 32, 128 (Unicode's braille numbering).
    private static let dotBits: [[UInt8]] = [[1, 2, 4, 64], [8, 16, 32, 128]]

    /// Sets one dot; the cell takes `color` (the last run drawn over a cell owns it).
    mutating func set(x: Int, y: Int, _ color: CellColor) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let i = (y / 4) * columns + x / 2
        bits[i] |= Self.dotBits[x & 1][y & 3]
        colors[i] = color
    }

    /// A straight line between two dot positions, clipped to the canvas first so that a point
    /// far outside (a diverging run) costs no more than one across the canvas; with `every` > 1,
    /// dotted (each `every`-th dot from `a`).
    mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), _ color: CellColor, every: Int = 1) {
        let bounds = (x: -0.5...(Double(dotWidth) - 0.5), y: -0.5...(Double(dotHeight) - 0.5))
        guard let (p, q) = SegmentClipper.clip(a, b, to: bounds) else { return }
        let x0 = p.x.rounded(), y0 = p.y.rounded(), x1 = q.x.rounded(), y1 = q.y.rounded()
        let n = Int(screen: max(abs(x1 - x0), abs(y1 - y0)))
        guard n > 0 else {
            set(x: Int(screen: x0), y: Int(screen: y0), color)
            return
        }
        let dx = (x1 - x0) / Double(n), dy = (y1 - y0) / Double(n)
        for i in stride(from: 0, through: n, by: max(every, 1)) {
            set(x: Int(screen: (x0 + dx * Double(i)).rounded()), y: Int(screen: (y0 + dy * Double(i)).rounded()), color)
        }
    }

    func isEmpty(column: Int, row: Int) -> Bool { bits[row * columns + column] == 0 }

    /// The braille glyph of a cell, or nil when none of its dots is set.
    func glyph(column: Int, row: Int) -> Unicode.Scalar? {
        let b = bits[row * columns + column]
        return b == 0 ? nil : Unicode.Scalar(0x2800 + UInt32(b))
    }

    func color(column: Int, row: Int) -> CellColor { colors[row * columns + column] }
}
