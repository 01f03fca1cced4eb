import DescentTUI

/// One read from curses, before it means anything to the program.
enum TerminalInput: Hashable {
    /// The read timed out.
    case none
    /// The terminal hung up: nothing will arrive any more.
    case closed
    case character(Unicode.Scalar)
    /// A curses key code (CSHIM_KEY_*).
    case functionKey(Int)
    case mouse(MouseEvent)
    /// The terminal's new size.
    case resized(width: Int, height: Int)
    /// Something that carries nothing: mouse motion, an unused button, an invalid scalar.
    case ignored
}
