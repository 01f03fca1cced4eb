/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace
    case home, end, pageUp, pageDown
    /// Ctrl-C arrives as a key when the terminal is in raw mode.
    case interrupt
}
