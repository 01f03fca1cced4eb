@testable import DescentCore
import Testing

@testable import DescentTUI

/// Defect 14 of issue 12: names and labels are the user's text. Whatever they hold (line
/// breaks, escapes that would clear the screen, NUL, TAB, U+0085, wide CJK and emoji,
/// combining marks), a frame of W×H is exactly H lines of exactly W columns, with no control
/// character in it.
@Suite struct HostileTextTests {
    static let hostile = [
        "a\nb", "c\rd", "\u{1B}[2J\u{1B}[H", "nul\0x", "tab\tx", "next\u{85}line", "漢字ラベル", "emoji 😀🚀",
        "e\u{301}\u{301}", "\u{7F}\u{9B}31m", "全角ＡＢＣ", "한국어",
    ]

    func app(name: String, labels: [String], width: Int, height: Int) -> DescentApp {
        var spec = Fixtures.scenario(steps: 200)
        spec.name = name
        for (index, label) in labels.prefix(spec.runs.count).enumerated() { spec.runs[index].label = label }
        var app = DescentApp(spec: spec)
        _ = app.update(.resize(width: width, height: height))
        return app
    }

    /// The lines of a frame's ANSI text with the colour escapes taken out.
    func visibleLines(_ grid: CellGrid) -> [String] {
        let ansi = FrameText.ansi(grid, colors: .indexed256)
        let plain = ansi.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        return plain.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func expectExactly(_ grid: CellGrid, width: Int, height: Int, _ comment: Comment) {
        let lines = visibleLines(grid)
        #expect(lines.count == height, comment)
        #expect(lines.allSatisfy { DisplayText.columns($0) == width }, comment)
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains(where: DisplayText.isControl) }, comment)
        let plain = FrameText.plain(grid).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(plain.count == height, comment)
        #expect(plain.allSatisfy { DisplayText.columns(String($0)) <= width }, comment)
    }

    @Test func theIssuesExampleIsFortyLinesOfOneHundredTwentyColumns() {
        var app = app(name: "\u{1B}[2J\u{1B}[H 漢字 😀", labels: ["a\nb\rc", "漢字ラベル😀", "nul\0\ttab\u{85}"], width: 120, height: 40)
        let grid = app.frame(width: 120, height: 40)
        expectExactly(grid, width: 120, height: 40, "120x40")
        #expect(FrameText.plain(grid).contains("\\u{1B}[2J\\u{1B}[H 漢字 😀"))
        // Cut with an ellipsis where the emoji would not fit the label column.
        #expect(FrameText.plain(grid).contains("漢字ラベ…"))
        app.type("?")
        expectExactly(app.frame(width: 120, height: 40), width: 120, height: 40, "help")
        expectExactly(app.frame(width: 120, height: 40, Fixtures.plainest), width: 120, height: 40, "ascii")
    }

    /// Random mixes of hostile text at random sizes, also where a wide character meets the
    /// edge of a field or of the frame.
    @Test func anyTextAtAnySize() {
        var random = ExtremeDoubles(seed: 14)
        for round in 0..<150 {
            func text() -> String {
                (0..<random.int(in: 1...4)).map { _ in Self.hostile[random.int(in: 0...Self.hostile.count - 1)] }.joined()
            }
            let width = random.int(in: 1...200), height = random.int(in: 1...60)
            var app = app(name: text(), labels: [text(), text(), text()], width: width, height: height)
            if round % 3 == 0 { app.type("?") }
            if round % 4 == 0 { app.type("3") }
            expectExactly(app.frame(width: width, height: height), width: width, height: height, "\(width)x\(height)")
        }
    }
}
