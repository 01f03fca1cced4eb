import Testing

@testable import DescentTUI

/// Wide glyphs take two cells, and no write leaves half of one: a row is always `width` columns.
@Suite struct CellGridTests {
    @Test func aWideGlyphTakesTheCellToItsRight() {
        var grid = CellGrid(width: 4, height: 1)
        grid[1, 0] = Cell("漢", foreground: .accent)
        #expect(grid[2, 0].continuesWideGlyph && grid[2, 0].foreground == .accent)
        #expect(grid.line(0) == " 漢 ")
    }

    @Test func writingOverEitherHalfBlanksTheOther() {
        var grid = CellGrid(width: 5, height: 1)
        grid[1, 0] = Cell("漢")
        grid[2, 0] = Cell("x")
        #expect(grid.line(0) == "  x  ")
        grid[1, 0] = Cell("漢")
        grid[1, 0] = Cell("y")
        #expect(grid.line(0) == " y   ")
        grid[1, 0] = Cell("漢")
        grid[2, 0] = Cell("字")
        #expect(grid.line(0) == "  字 ")
        #expect(!grid.cells.contains { $0.glyph == "漢" })
    }

    @Test func aWideGlyphInTheLastColumnIsLeftOut() {
        var grid = CellGrid(width: 3, height: 1)
        grid[2, 0] = Cell("😀")
        #expect(grid.line(0) == "   ")
    }
}
