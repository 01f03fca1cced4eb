import DescentScenario
import Testing

@testable import DescentTUI
@testable import DescentTerminal

/// The event loop on a terminal in memory: what it hands the program, what it draws, and how
/// work a command sends off comes back. Deterministic: nothing here depends on timing.
@Suite("Event loop")
struct EventLoopTests {
    /// Keeps every message it gets and shows how many; `w` sends work off whose message is the
    /// key `d`, `b` two pieces side by side (`d` and `e`), and `q` quits.
    struct MessageLog: TerminalProgram {
        var messages: [Message] = []

        mutating func update(_ message: Message) -> DescentTUI.Command {
            messages.append(message)
            switch message {
            case .key("w"): return .work { .key("d") }
            case .key("b"): return .batch([.work { .key("d") }, .none, .work { .key("e") }])
            case .key("q"): return .quit
            default: return .none
            }
        }

        func view(width: Int, height: Int, capabilities: TerminalCapabilities) -> CellGrid {
            var grid = CellGrid(width: width, height: height)
            for (x, digit) in "\(messages.count)".unicodeScalars.enumerated() { grid[x, 0] = Cell(digit) }
            return grid
        }

        var wantsTicks: Bool { false }
    }

    @Test func theMessageOfAWorkCommandComesBackToUpdate() {
        let backend = TestBackend(width: 40, height: 6, input: [.character("w")])
        var loop = EventLoop(program: MessageLog(), backend: backend)
        loop.run()
        #expect(loop.program.messages == [.resize(width: 40, height: 6), .key("w"), .key("d")])
        #expect(backend.frames.last?.line(0).hasPrefix("3 ") == true)
    }

    /// Both pieces of a batch go out, and both answers come back, in whichever order they end.
    @Test func everyPieceOfABatchComesBack() {
        let backend = TestBackend(width: 40, height: 6, input: [.character("b")])
        var loop = EventLoop(program: MessageLog(), backend: backend)
        loop.run()
        #expect(loop.program.messages.prefix(2) == [.resize(width: 40, height: 6), .key("b")])
        #expect(Set(loop.program.messages.dropFirst(2)) == [.key("d"), .key("e")] && loop.program.messages.count == 4)
    }

    @Test func inputBecomesMessagesAndQuitEndsTheLoop() {
        let press = MouseEvent(.press, x: 3, y: 2)
        let backend = TestBackend(
            width: 40, height: 6, input: [.character("\t"), .mouse(press), .ignored, .character("q"), .character("x")])
        var loop = EventLoop(program: MessageLog(), backend: backend)
        loop.run()
        #expect(loop.program.messages == [.resize(width: 40, height: 6), .key(.tab), .mouse(press), .key("q")])
        #expect(backend.unread == 1)
        // The quit ends the loop before the frame for the keys read with it.
        #expect(backend.frames.count == 1)
    }

    @Test func aResizeOrCtrlLRepaintsTheWholeScreen() {
        let backend = TestBackend(width: 40, height: 6, input: [.resized(width: 30, height: 4), .character("\u{0C}")])
        var loop = EventLoop(program: MessageLog(), backend: backend)
        loop.run()
        #expect(backend.repaints == 2)
        #expect(backend.frames.map(\.width) == [40, 30] && backend.frames.map(\.height) == [6, 4])
        #expect(loop.program.messages == [.resize(width: 40, height: 6), .resize(width: 30, height: 4)])
    }

    /// Back from Ctrl-Z, the shell's output is on screen: the whole frame is drawn again.
    @Test func aResumeAfterCtrlZRepaintsTheWholeScreen() {
        let backend = TestBackend(width: 40, height: 6, input: [.character("\u{1A}")])
        var loop = EventLoop(program: MessageLog(), backend: backend)
        loop.run()
        #expect(backend.suspensions == 1 && backend.repaints == 1 && backend.frames.count == 2)
    }

    /// A program that wants no ticks and has no work out waits for input without a timeout.
    @Test func aPausedProgramBlocksOnInput() {
        let backend = TestBackend(width: 40, height: 6, input: [.character("a")])
        var loop = EventLoop(program: MessageLog(), backend: backend)
        loop.run()
        #expect(backend.waits.first == .some(nil) && backend.waits.last == .some(nil))
    }

    /// The app in the loop draws what it draws when driven directly: paused, then the first
    /// run's lr raised, confirmed in the status line until the notice has gone, after which
    /// the paused app waits for input again.
    @Test func theAppRunsInTheLoop() throws {
        let scenario = try ScenarioSource.bundled(name: "rosenbrock").load()
        let backend = TestBackend(width: 100, height: 30, input: [.character(" "), .character("E")])
        var loop = EventLoop(program: DescentApp(spec: scenario), backend: backend)
        loop.run()
        var app = DescentApp(spec: scenario)
        let capabilities = TerminalCapabilities.full
        _ = app.update(.resize(width: 100, height: 30))
        let first = app.view(width: 100, height: 30, capabilities: capabilities)
        for key: Key in [" ", "E"] { _ = app.update(.key(key)) }
        #expect(Array(backend.frames.prefix(2)) == [first, app.view(width: 100, height: 30, capabilities: capabilities)])
        _ = app.update(.tick(seconds: StatusNotice.duration))
        #expect(backend.frames.last == app.view(width: 100, height: 30, capabilities: capabilities))
        #expect(backend.waits.last == .some(nil))
    }

    /// A long simulation goes on in the background, a slice at a time, and ends where driving
    /// the app directly with all its work done ends.
    @Test func theSimulationFinishesInTheBackground() throws {
        var scenario = try ScenarioSource.bundled(name: "rosenbrock").load()
        scenario.steps = 300_000
        let backend = TestBackend(width: 100, height: 30, input: [.character(" ")])
        var loop = EventLoop(program: DescentApp(spec: scenario), backend: backend)
        loop.run()
        var app = DescentApp(spec: scenario)
        for message: Message in [.resize(width: 100, height: 30), .key(" ")] { app.updateFinishingWork(message) }
        #expect(backend.frames.count > 2, "the paths grew slice by slice")
        #expect(backend.frames.first?.line(29).contains("simulating") == true)
        #expect(backend.frames.last == app.view(width: 100, height: 30, capabilities: .full))
        #expect(backend.waits.last == .some(nil))
    }

    /// `q` quits at once, whatever is left to simulate.
    @Test func quitDoesNotWaitForTheSimulation() throws {
        var scenario = try ScenarioSource.bundled(name: "rosenbrock").load()
        scenario.steps = 100_000_000
        let backend = TestBackend(width: 100, height: 30, input: [.character("q")])
        var loop = EventLoop(program: DescentApp(spec: scenario), backend: backend)
        loop.run()
        #expect(backend.frames.count == 1)
        #expect(backend.frames[0].line(29).contains("simulating"))
        #expect(loop.program.derived.simulations.progress ?? 1 < 0.01)
    }
}
