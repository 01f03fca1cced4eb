@testable import DescentCore
import Testing

/// Defect 14 of issue 12: user text as descent prints it, cleaned of control characters and
/// measured in terminal columns.
@Suite struct DisplayTextTests {
    @Test func controlCharactersAreEscaped() {
        #expect(DisplayText.clean("a\nb\rc\td\0e") == "a\\nb\\rc\\td\\0e")
        #expect(DisplayText.clean("\u{1B}[2J\u{1B}[H") == "\\u{1B}[2J\\u{1B}[H")
        #expect(DisplayText.clean("\u{7F}\u{85}\u{9B}") == "\\u{7F}\\u{85}\\u{9B}")
        #expect(DisplayText.clean("x\u{2028}y\u{202E}z") == "x\\u{2028}y\\u{202E}z")
    }

    @Test func printableTextIsLeftAsItIs() {
        let ascii = String(String.UnicodeScalarView((0x20...0x7E).map { Unicode.Scalar($0)! }))
        #expect(DisplayText.clean(ascii) == ascii)
        #expect(DisplayText.clean("漢字 😀 é ∇f μ") == "漢字 😀 é ∇f μ")
    }

    @Test func widthsInColumns() {
        #expect(DisplayText.columns("abc") == 3)
        #expect(DisplayText.columns("漢字") == 4)
        #expect(DisplayText.columns("한국어") == 6)
        #expect(DisplayText.columns("ＡＢ") == 4)
        #expect(DisplayText.columns("ｶﾅ") == 2)
        #expect(DisplayText.columns("😀🚀") == 4)
        #expect(DisplayText.columns("e\u{301}") == 1)
        #expect(DisplayText.columns("a\u{200B}b\u{FE0F}") == 2)
        #expect(DisplayText.columns("∇f ‖x‖₁ ½·wd") == 12)
        // Measured as printed: the escape of a newline is two columns.
        #expect(DisplayText.columns("a\nb") == 4)
    }

    /// Any scalar at all: what `clean` returns has no control character left.
    @Test func nothingControlSurvives() {
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value = UInt32(truncatingIfNeeded: state >> 33) % 0x11_0000
            guard let scalar = Unicode.Scalar(value) else { continue }
            let cleaned = DisplayText.clean(String(scalar))
            #expect(!cleaned.unicodeScalars.contains(where: DisplayText.isControl))
            #expect((0...2).contains(DisplayText.columns(of: scalar)))
        }
    }
}

extension DisplayTextTests {
    /// The ranges answered without a property lookup hold no mark, no format character but
    /// the soft hyphen, and no emoji: one column each, as the lookup would say.
    @Test func theFastRangesAreOneColumnByTheirProperties() {
        for range in [0...0x2FF, 0x2500...0x25FC, 0x2800...0x28FF] as [ClosedRange<UInt32>] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let category = scalar.properties.generalCategory
                #expect(![.nonspacingMark, .enclosingMark].contains(category), "\(value)")
                #expect(category != .format || value == 0xAD, "\(value)")
                #expect(!scalar.properties.isEmojiPresentation, "\(value)")
                #expect(DisplayText.columns(of: scalar) == 1)
            }
        }
    }
}
