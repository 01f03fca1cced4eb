import DescentTestSupport
import Testing

@testable import DescentTUI

/// The diff between frames: only changed cells, cursor moves and SGR where needed, and a
/// screen fed the diffs one after another shows what the last frame's full text shows.
@Suite struct FrameTextANSIChangesTests {
    /// Escapes for the cells that changed only, each colour as 38;2 or 48;2, ending reset at
    /// the top left.
    @Test func changedCellsOnlyInTruecolour() {
        var before = CellGrid(width: 3, height: 2)
        before[0, 0] = Cell("a", foreground: .text)
        var after = before
        after[1, 1] = Cell("▀", foreground: .heat(0), background: .heat(255), style: .bold)
        let changes = FrameText.ansiChanges(from: before, to: after, colors: .truecolor)
        let low = Palette.rgb(.heat(0))!, high = Palette.rgb(.heat(255))!
        #expect(changes == "\u{1B}[2;2H\u{1B}[0;1;38;2;\(low.red);\(low.green);\(low.blue);48;2;\(high.red);\(high.green);\(high.blue)m▀\u{1B}[0m\u{1B}[H")
        let whole = FrameText.ansiChanges(from: nil, to: after, colors: .truecolor)
        #expect(whole.hasPrefix("\u{1B}[1;1H\u{1B}[0;38;2;230;230;230ma\u{1B}[0m "))
    }

    /// Neighbouring changed cells of one look share one cursor move and one SGR; a gap moves
    /// the cursor.
    @Test func runsOfCellsShareMovesAndPens() {
        let before = CellGrid(width: 6, height: 1)
        var after = before
        for x in [1, 2, 4] { after[x, 0] = Cell("x", foreground: .run(0)) }
        let pen = "\u{1B}[0;38;5;\(Palette.xterm256(.run(0))!)m"
        #expect(FrameText.ansiChanges(from: before, to: after, colors: .indexed256) ==
            "\u{1B}[1;2H" + pen + "xx\u{1B}[1;5Hx\u{1B}[0m\u{1B}[H")
        #expect(FrameText.ansiChanges(from: after, to: after, colors: .indexed256) == "\u{1B}[0m\u{1B}[H")
    }

    /// Frames played as diffs end on the screen that the last frame's `ansi` text draws.
    @Test(arguments: [TerminalCapabilities.Colors.indexed256, .truecolor, .monochrome])
    func diffsReplayToTheLastFrame(colors: TerminalCapabilities.Colors) {
        let frames = (0..<4).map { frame in
            var grid = CellGrid(width: 7, height: 3)
            for x in 0..<7 {
                for y in 0..<3 where (x * 3 + y + frame) % 4 != 0 {
                    grid[x, y] = Cell(x == frame ? "▀" : "o", foreground: .heat(UInt8(x * 30 + frame)), style: y == 1 ? .bold : [])
                }
            }
            return grid
        }
        var played = ANSIScreen(width: 7, height: 3)
        var before: CellGrid? = nil
        for frame in frames {
            played.feed(FrameText.ansiChanges(from: before, to: frame, colors: colors))
            before = frame
        }
        var whole = ANSIScreen(width: 7, height: 3)
        whole.feed(FrameText.ansi(frames[3], colors: colors))
        #expect(played == whole)
        #expect(played.description == FrameText.plain(frames[3]))
    }
}
