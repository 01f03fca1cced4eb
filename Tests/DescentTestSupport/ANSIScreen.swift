/// A terminal screen as far as descent's escapes go, for checking what output shows without
/// a terminal: cursor positioning (`ESC [ y ; x H`), SGR (`ESC [ … m`, kept as its parameter
/// text, which descent always writes whole from a reset), newlines and one-cell glyphs.
public struct ANSIScreen: Equatable, CustomStringConvertible {
    public let width: Int
    public let height: Int
    /// Per cell: the glyph and the SGR parameters it was written with ("0" for a blank screen).
    public private(set) var cells: [Cell]
    private var x = 0, y = 0
    private var pen = "0"

    public struct Cell: Equatable {
        public var glyph: Unicode.Scalar = " "
        public var look = "0"
    }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: Cell(), count: width * height)
    }

    public static func == (a: ANSIScreen, b: ANSIScreen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    /// The glyphs, one line per row, trailing spaces trimmed (as `descent render` prints them).
    public var description: String {
        (0..<height).map { row in
            var line = String(String.UnicodeScalarView(cells[row * width..<(row + 1) * width].map(\.glyph)))
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    public mutating func feed(_ text: String) {
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                guard scalars.next() == "[" else { continue }
                var parameters = ""
                while let next = scalars.next() {
                    if next == "H" || next == "m" {
                        apply(next, parameters)
                        break
                    }
                    parameters.unicodeScalars.append(next)
                }
            case "\n":
                x = 0
                y += 1
            default:
                if x < width, y < height { cells[y * width + x] = Cell(glyph: scalar, look: pen) }
                x += 1
            }
        }
    }

    private mutating func apply(_ final: Unicode.Scalar, _ parameters: String) {
        if final == "m" {
            pen = parameters.isEmpty ? "0" : parameters
            return
        }
        let numbers = parameters.split(separator: ";").map { Int($0) ?? 1 }
        y = (numbers.first ?? 1) - 1
        x = (numbers.count > 1 ? numbers[1] : 1) - 1
    }
}
