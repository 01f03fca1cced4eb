import Testing
@testable import DescentTUI
@testable import DescentTerminal

/// Colour depth from curses' colour count, COLORTERM and NO_COLOR; glyphs from the locale's encoding.
@Suite("Terminal capabilities")
struct TerminalCapabilitiesDetectionTests {
    @Test(arguments: [
        (0, false, TerminalCapabilities.Colors.monochrome), (8, false, .monochrome), (88, false, .monochrome),
        (256, false, .indexed256), (1 << 24, false, .truecolor), (256, true, .monochrome), (1 << 24, true, .monochrome),
    ])
    func colors(count: Int, noColor: Bool, expected: TerminalCapabilities.Colors) {
        #expect(TerminalCapabilities(colorCount: count, colorTerm: nil, noColor: noColor, codeset: "UTF-8").colors == expected)
    }

    /// btop's convention: COLORTERM=truecolor or 24bit means 24-bit escapes, whatever the
    /// terminfo entry's colour count, as long as the terminal has colour and NO_COLOR is unset.
    @Test(arguments: [
        (256, "truecolor", false, TerminalCapabilities.Colors.truecolor), (256, "24bit", false, .truecolor),
        (8, "truecolor", false, .truecolor), (256, "yes", false, .indexed256), (256, "truecolor", true, .monochrome),
        (0, "truecolor", false, .monochrome),
    ])
    func colorTerm(count: Int, colorTerm: String, noColor: Bool, expected: TerminalCapabilities.Colors) {
        #expect(TerminalCapabilities(colorCount: count, colorTerm: colorTerm, noColor: noColor, codeset: "UTF-8").colors == expected)
    }

    @Test func unicodeOnlyInUTF8() {
        #expect(TerminalCapabilities(colorCount: 256, colorTerm: nil, noColor: false, codeset: "UTF-8").unicode)
        #expect(!TerminalCapabilities(colorCount: 256, colorTerm: nil, noColor: false, codeset: "ANSI_X3.4-1968").unicode)
        #expect(!TerminalCapabilities(colorCount: 256, colorTerm: nil, noColor: false, codeset: "ISO-8859-1").unicode)
    }

    @Test func colorNumbersPerDepth() {
        let accent = CellColor.accent
        #expect(TerminalColorNumbers.number(for: accent, colors: .monochrome) == -1)
        #expect(TerminalColorNumbers.number(for: .terminalDefault, colors: .indexed256) == -1)
        #expect(TerminalColorNumbers.number(for: accent, colors: .indexed256) == Int32(Palette.xterm256(accent)!))
        let rgb = Palette.rgb(accent)!
        let packed = TerminalColorNumbers.number(for: accent, colors: .truecolor)
        #expect(packed == Int32(rgb.red) * 65536 + Int32(rgb.green) * 256 + Int32(rgb.blue))
        #expect(TerminalColorNumbers.number(for: .terminalDefault, colors: .truecolor) == -1)
    }
}
