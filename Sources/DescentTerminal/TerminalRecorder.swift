/// Where a recording of an interactive session goes (an asciicast file, for `descent
/// --record`): the bytes the terminal was sent, as they were sent, and its resizes.
/// `InteractiveTerminal.run` calls it on the thread that draws, as things happen.
public protocol TerminalRecorder: AnyObject {
    /// The session starts on a terminal of this size; nothing has been drawn yet.
    func begin(width: Int, height: Int)
    /// Bytes written to the terminal: curses' output and descent's own escapes, in order.
    func output(_ bytes: [UInt8])
    /// The terminal is now this size.
    func resized(width: Int, height: Int)
}
