/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace
    case home, end, pageUp, pageDown
    /// F1 … F12, as `function(1)` … `function(12)`.
    case function(Int)
    /// Ctrl and a letter that has no meaning of its own to the terminal, as `control("r")`.
    case control(Character)
    /// Ctrl-C arrives as a key when the terminal is in raw mode.
    case interrupt
}
