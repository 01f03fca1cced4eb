/// What the terminal backend runs: bubbletea's Model/Update/View. The backend owns the loop:
/// it feeds messages to `update`, asks `view` for a frame at the terminal's size and blits it.
public protocol TerminalProgram {
    /// Applies one message; returns `.quit` to end the program.
    mutating func update(_ message: Message) -> ProgramEffect
    /// The frame for a terminal of `width` × `height` cells. Pure: no side effects.
    func view(width: Int, height: Int, capabilities: TerminalCapabilities) -> CellGrid
    /// While true the backend sends `.tick` at its frame rate; while false it blocks on input
    /// (a paused program uses no CPU).
    var wantsTicks: Bool { get }
}

public enum ProgramEffect: Hashable, Sendable {
    case none
    case quit
}
