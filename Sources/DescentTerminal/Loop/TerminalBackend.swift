import DescentTUI

/// What the event loop needs from a terminal: its size and capabilities, input with a
/// timeout, and somewhere to put frames. `CursesSession` is the real one; tests run the loop
/// on one in memory (ratatui's `TestBackend`).
protocol TerminalBackend {
    var capabilities: TerminalCapabilities { get }
    var size: (width: Int, height: Int) { get }
    /// One input, waiting at most `milliseconds` for it (nil: until some arrives); `.none`
    /// when nothing came in time.
    mutating func read(waitingAtMost milliseconds: Int?) -> TerminalInput
    /// Shows `frame`.
    mutating func draw(_ frame: CellGrid)
    /// Forgets what is on screen, so that the next frame is written whole (after a resize, or
    /// when the user asks with Ctrl-L).
    mutating func repaintAll()
    /// Stops the process as Ctrl-Z does in a shell, until the shell resumes it; false when
    /// nothing would resume it (no shell with job control started it), so it went on running.
    mutating func suspend() -> Bool
}
