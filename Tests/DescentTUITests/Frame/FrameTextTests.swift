import Testing

@testable import DescentTUI

@Suite struct FrameTextTests {
    var grid: CellGrid {
        var grid = CellGrid(width: 4, height: 2)
        grid[0, 0] = Cell("a", foreground: .heat(0), background: .run(1), style: .bold)
        grid[1, 0] = Cell("b", foreground: .heat(0), background: .run(1), style: .bold)
        grid[2, 0] = Cell("▀", foreground: .muted)
        return grid
    }

    @Test func plainTrimsTrailingSpaces() {
        #expect(FrameText.plain(grid) == "ab▀\n\n")
    }

    @Test func ansiIn256Colours() {
        let lines = FrameText.ansi(grid, colors: .indexed256).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "\u{1B}[0;1;38;5;\(Palette.xterm256(.heat(0))!);48;5;203mab\u{1B}[0;38;5;245m▀\u{1B}[0m \u{1B}[0m")
        #expect(lines[1] == "\u{1B}[0m    \u{1B}[0m")
        #expect(lines.count == 3 && lines[2].isEmpty)
    }

    @Test func ansiInTruecolourAndMonochrome() {
        let truecolor = FrameText.ansi(grid, colors: .truecolor)
        #expect(truecolor.hasPrefix("\u{1B}[0;1;38;2;68;1;84;48;2;255;95;95mab"))
        let monochrome = FrameText.ansi(grid, colors: .monochrome)
        #expect(monochrome.hasPrefix("\u{1B}[0;1mab\u{1B}[0m▀"))
        #expect(!monochrome.contains("38;") && !monochrome.contains("48;"))
    }

    @Test func colourLayerNamesEveryCell() {
        let layer = FrameText.colorLayer(grid).split(separator: "\n")
        #expect(layer[0].hasPrefix("colours: "))
        #expect(Array(layer[2...4]) == ["foreground:", "00m.", "...."])
        #expect(Array(layer[5...7]) == ["background:", "BB..", "...."])
        #expect(Array(layer[8...10]) == ["style:", "bb..", "...."])
    }
}
