import CursesShim
import DescentTUI

/// Turns curses input into the program's messages.
enum InputDecoder {
    static func event(for input: TerminalInput) -> InputEvent {
        switch input {
        case .none, .ignored: return .ignored
        case .closed: return .end
        case .character(let scalar): return event(for: scalar)
        case .functionKey(let code): return key(code).map { .message(.key($0)) } ?? .ignored
        case .mouse(let mouse): return .message(.mouse(mouse))
        case .resized(let width, let height): return .message(.resize(width: width, height: height))
        }
    }

    /// In raw mode the control characters arrive as bytes: Ctrl-C is 3, not SIGINT.
    private static func event(for scalar: Unicode.Scalar) -> InputEvent {
        switch scalar.value {
        case 3: return .message(.key(.interrupt))
        case 8, 127: return .message(.key(.backspace))
        case 9: return .message(.key(.tab))
        case 10, 13: return .message(.key(.enter))
        case 12: return .repaint
        case 26: return .suspend
        case 27: return .message(.key(.escape))
        case 1...26: return .message(.key(.control(Character(Unicode.Scalar(scalar.value + 96)!))))
        case 0..<32, 128..<160: return .ignored
        default: return .message(.key(.character(Character(scalar))))
        }
    }

    private static func key(_ code: Int) -> Key? {
        switch code {
        case CSHIM_KEY_UP: return .up
        case CSHIM_KEY_DOWN: return .down
        case CSHIM_KEY_LEFT: return .left
        case CSHIM_KEY_RIGHT: return .right
        case CSHIM_KEY_HOME: return .home
        case CSHIM_KEY_END: return .end
        case CSHIM_KEY_PREVIOUS_PAGE: return .pageUp
        case CSHIM_KEY_NEXT_PAGE: return .pageDown
        case CSHIM_KEY_BACK_TAB: return .backTab
        case CSHIM_KEY_ENTER: return .enter
        case CSHIM_KEY_BACKSPACE: return .backspace
        case CSHIM_KEY_F0 + 1...CSHIM_KEY_F0 + 12: return .function(code - CSHIM_KEY_F0)
        default: return nil
        }
    }
}
