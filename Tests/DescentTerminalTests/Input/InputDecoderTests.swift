import CursesShim
import Testing
@testable import DescentTUI
@testable import DescentTerminal

/// What each byte and curses key code means to the program.
@Suite("Input decoding")
struct InputDecoderTests {
    private func key(_ input: TerminalInput) -> Key? {
        if case .message(.key(let key)) = InputDecoder.event(for: input) { return key }
        return nil
    }

    @Test func controlCharactersOfRawMode() {
        #expect(key(.character("\u{03}")) == .interrupt)
        #expect(key(.character("\t")) == .tab)
        #expect(key(.character("\n")) == .enter)
        #expect(key(.character("\r")) == .enter)
        #expect(key(.character("\u{1B}")) == .escape)
        #expect(key(.character("\u{7F}")) == .backspace)
        #expect(key(.character("\u{08}")) == .backspace)
        #expect(InputDecoder.event(for: .character("\u{0C}")) == .repaint)
        #expect(InputDecoder.event(for: .character("\u{1A}")) == .suspend)
        #expect(key(.character("\u{12}")) == .control("r"))
        #expect(key(.character("\u{01}")) == .control("a"))
        #expect(InputDecoder.event(for: .character("\u{1C}")) == .ignored, "Ctrl-\\ is no letter")
        #expect(InputDecoder.event(for: .character("\u{85}")) == .ignored)
    }

    @Test func printableCharactersAsTyped() {
        #expect(key(.character("q")) == .character("q"))
        #expect(key(.character("E")) == .character("E"))
        #expect(key(.character(" ")) == .character(" "))
        #expect(key(.character("é")) == .character("é"))
    }

    @Test func functionKeys() {
        let keys: [(Int, Key)] = [
            (CSHIM_KEY_UP, .up), (CSHIM_KEY_DOWN, .down), (CSHIM_KEY_LEFT, .left), (CSHIM_KEY_RIGHT, .right),
            (CSHIM_KEY_HOME, .home), (CSHIM_KEY_END, .end), (CSHIM_KEY_PREVIOUS_PAGE, .pageUp),
            (CSHIM_KEY_NEXT_PAGE, .pageDown), (CSHIM_KEY_BACK_TAB, .backTab), (CSHIM_KEY_ENTER, .enter),
            (CSHIM_KEY_BACKSPACE, .backspace),
        ]
        for (code, expected) in keys {
            #expect(key(.functionKey(code)) == expected, "key code \(code)")
        }
        #expect(key(.functionKey(CSHIM_KEY_F0 + 1)) == .function(1))
        #expect(key(.functionKey(CSHIM_KEY_F0 + 10)) == .function(10))
        #expect(key(.functionKey(CSHIM_KEY_F0 + 12)) == .function(12))
        #expect(InputDecoder.event(for: .functionKey(CSHIM_KEY_F0)) == .ignored, "F0 means nothing")
        #expect(InputDecoder.event(for: .functionKey(CSHIM_KEY_F0 + 13)) == .ignored)
    }

    @Test func mouseResizeAndTheEndOfInput() {
        let click = MouseEvent(.press, x: 3, y: 4)
        #expect(InputDecoder.event(for: .mouse(click)) == .message(.mouse(click)))
        #expect(InputDecoder.event(for: .resized(width: 90, height: 30)) == .message(.resize(width: 90, height: 30)))
        #expect(InputDecoder.event(for: .none) == .ignored)
        #expect(InputDecoder.event(for: .closed) == .end)
    }
}
