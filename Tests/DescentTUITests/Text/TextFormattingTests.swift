import Testing

@testable import DescentTUI

/// Numbers, ticks and ASCII stand-ins as the view writes them.
@Suite struct TextFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (0.001, "0.001"), (4.58, "4.58"), (123.0, "123"), (1234.0, "1230"), (999.9, "1000"),
        (45_678.0, "45700"), (-2500.0, "-2500"), (999_999.0, "1e6"), (1.5e6, "1.5e6"),
        (0.000834, "8.34e-4"), (1e-5, "1e-5"), (-2.5e9, "-2.5e9"), (2e12, "2e12"), (0.1 + 0.2, "0.3"),
        (.nan, "nan"), (.infinity, "inf"), (-.infinity, "-inf"),
    ])
    func formats(_ value: Double, _ text: String) {
        #expect(CompactNumber.format(value) == text)
    }

    @Test func fewerDigits() {
        #expect(CompactNumber.format(1.234e-11, digits: 2) == "1.2e-11")
        #expect(CompactNumber.format(12.5, digits: 2) == "12")
        // More digits than the fixed form's whole-number range allows (axis labels ask for up to 17).
        #expect(CompactNumber.format(1234567.8, digits: 8) == "1234567.8")
        #expect(CompactNumber.format(1.2235980000000001e17, digits: 9) == "1.223598e17")
        // The charts' two digits: 280, not 2.8e2 (issue 8).
        #expect(CompactNumber.format(283.4, digits: 2) == "280")
        #expect(CompactNumber.format(0.0032, digits: 2) == "0.0032")
    }

    /// Labels are cut with an ellipsis in the columns they may take, wide characters counted
    /// as two: "backtrack…", not "backtracki".
    @Test func cutsEndInAnEllipsis() {
        #expect(Truncation.cut("backtracking", to: 10, ellipsis: "…") == "backtrack…")
        #expect(Truncation.cut("backtracking", to: 12, ellipsis: "…") == "backtracking")
        #expect(Truncation.cut("中文标签", to: 6, ellipsis: "~") == "中文~")
        #expect(Truncation.cut("中文标签", to: 5, ellipsis: "~") == "中文~")
        #expect(Truncation.cut("abc", to: 1, ellipsis: "…") == "…")
        #expect(Truncation.cut("abc", to: 0, ellipsis: "…") == "")
    }

    /// Runs 10 … 16 are numbered with glyphs no key types, in Unicode and in ASCII.
    @Test func runNumbersAreNoKeys() {
        let unicode = (0..<16).map { RunNumber.glyph($0, unicode: true) }
        let ascii = (0..<16).map { RunNumber.glyph($0, unicode: false) }
        #expect(String(String.UnicodeScalarView(unicode)) == "123456789⑩⑪⑫⑬⑭⑮⑯")
        #expect(Set(ascii).count == 16 && ascii.allSatisfy(\.isASCII))
        for glyph in unicode[9...] + ascii[9...] {
            #expect(KeyGuide.action(for: .character(Character(glyph)), in: .landscape) == nil)
            #expect(KeyGuide.action(for: .character(Character(glyph)), in: .cursor) == nil)
        }
        #expect(ASCIIFallback.transliterate("runs 9, ⑩, ⑯") == "runs 9, A, K")
    }

    @Test func asciiFallbackLeavesOnlyASCII() {
        let text = ASCIIFallback.transliterate("lr ÷1.5 / ×1.5, μ −0.05, |∇f₀|, ◆ p₋₁ 中")
        #expect(text == "lr /1.5 / x1.5, mu -0.05, |grad f0|, + p-1 ?")
    }

    @Test func partsFlowOverLinesUnsplit() {
        let parts = ["lr 1", "μ 0.995", "constant", "restart: function", "σ 0.3"]
        let lines = TextFlow.lines(parts, separator: "  ", width: 33) { $0.unicodeScalars.count }
        #expect(lines == ["lr 1  μ 0.995  constant", "restart: function  σ 0.3"])
        #expect(TextFlow.lines(["a", "far too long for one line", "b"], separator: " ", width: 10) { $0.count } == [
            "a", "far too long for one line", "b",
        ])
        #expect(TextFlow.lines([], separator: " ", width: 10) { $0.count }.isEmpty)
    }
}
