@testable import DescentTUI
@testable import DescentTerminal

/// A terminal in memory, as ratatui's `TestBackend`: it hands the event loop scripted input,
/// one read at a time, and keeps every frame it is given. Once the script is used up, a read
/// that would wait for ever ends the input (`.closed`), which stops the loop; a read with a
/// timeout finds nothing, as when the user types nothing. A script must therefore leave its
/// program paused (or quit it): one still animating would run on.
final class TestBackend: TerminalBackend {
    let capabilities: TerminalCapabilities
    private(set) var size: (width: Int, height: Int)
    private var script: [TerminalInput]
    private(set) var frames: [CellGrid] = []
    /// How long each read was allowed to wait, in order (nil: without a timeout).
    private(set) var waits: [Int?] = []
    private(set) var repaints = 0
    private(set) var suspensions = 0

    init(width: Int, height: Int, capabilities: TerminalCapabilities = .full, input: [TerminalInput]) {
        self.capabilities = capabilities
        size = (width, height)
        script = input
    }

    /// Input the loop has not read.
    var unread: Int { script.count }

    func read(waitingAtMost milliseconds: Int?) -> TerminalInput {
        waits.append(milliseconds)
        guard !script.isEmpty else { return milliseconds == nil ? .closed : .none }
        let input = script.removeFirst()
        if case .resized(let width, let height) = input { size = (width, height) }
        return input
    }

    func draw(_ frame: CellGrid) {
        frames.append(frame)
    }

    func repaintAll() {
        repaints += 1
    }

    func suspend() -> Bool {
        suspensions += 1
        return true
    }
}
