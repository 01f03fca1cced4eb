/// What the terminal backend runs: bubbletea's Model/Update/View. The backend owns the loop:
/// it feeds messages to `update`, carries out the command `update` returns, asks `view` for
/// a frame at the terminal's size and blits it.
public protocol TerminalProgram {
    /// Applies one message; the command says what the backend should do besides drawing.
    mutating func update(_ message: Message) -> Command
    /// The frame for a terminal of `width` × `height` cells. Pure: no side effects.
    func view(width: Int, height: Int, capabilities: TerminalCapabilities) -> CellGrid
    /// While true the backend sends `.tick` at its frame rate; while false it blocks on input
    /// (a paused program uses no CPU).
    var wantsTicks: Bool { get }
}
