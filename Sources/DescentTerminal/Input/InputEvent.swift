import DescentTUI

/// What one input asks of the event loop.
enum InputEvent: Hashable {
    case message(Message)
    /// Ctrl-L: repaint the whole terminal, as in vim and less.
    case repaint
    /// Ctrl-Z: stop the process until the shell resumes it.
    case suspend
    /// The terminal is gone: stop.
    case end
    case ignored
}
