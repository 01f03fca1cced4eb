import DescentTUI

/// bubbletea's loop on a terminal backend: read input, let the program update, carry out its
/// commands, draw its view. Paused (the program wants no ticks, no work is out) it blocks in
/// the read and uses no CPU; animating, or waiting for work, it waits for input only until
/// the next frame is due.
struct EventLoop<Program: TerminalProgram, Backend: TerminalBackend> {
    /// At most this many queued inputs are handled before a frame is drawn, so a burst of
    /// keys (auto-repeat, a pasted string) costs one frame, and a flood cannot starve drawing.
    private static var inputsPerFrame: Int { 64 }

    /// Readable so that tests can see what the program made of its messages.
    private(set) var program: Program
    private var backend: Backend
    private var clock = FrameClock()
    private let work = BackgroundWork()
    private var size: (width: Int, height: Int)

    init(program: Program, backend: Backend) {
        self.program = program
        self.backend = backend
        size = backend.size
    }

    mutating func run() {
        guard send(.resize(width: size.width, height: size.height)) else { return }
        draw()
        var ticking = false
        while true {
            if program.wantsTicks != ticking {
                ticking.toggle()
                if ticking { clock.restart() }
            }
            var timeout = readTimeout(ticking: ticking)
            var changed = false
            for _ in 0..<Self.inputsPerFrame {
                let input = backend.read(waitingAtMost: timeout)
                if input == .none { break }
                switch handle(InputDecoder.event(for: input)) {
                case .quit: return
                case .changed: changed = true
                case .unchanged: break
                }
                timeout = 0
            }
            for message in work.takeFinished() {
                guard send(message) else { return }
                changed = true
            }
            if ticking && program.wantsTicks && clock.isFrameDue {
                guard send(.tick(seconds: clock.tick())) else { return }
                changed = true
            }
            if changed { draw() }
        }
    }

    /// How long a read may wait: until the next frame while animating, a frame at most while
    /// work is out (its result is picked up between reads), else for as long as it takes.
    private func readTimeout(ticking: Bool) -> Int? {
        if ticking { return clock.millisecondsUntilNextFrame }
        return work.hasMessages ? FrameClock.intervalMilliseconds : nil
    }

    /// Updates the program and carries out its command; false when it quits.
    private mutating func send(_ message: Message) -> Bool {
        carryOut(program.update(message))
    }

    /// Starts the work `command` asks for; false when it quits.
    private func carryOut(_ command: Command) -> Bool {
        switch command {
        case .none: return true
        case .quit: return false
        case .work(let job):
            work.start(job)
            return true
        case .batch(let commands):
            return commands.allSatisfy(carryOut)
        }
    }

    private enum Outcome { case quit, changed, unchanged }

    private mutating func handle(_ event: InputEvent) -> Outcome {
        switch event {
        case .message(let message):
            if case .resize(let width, let height) = message {
                size = (width, height)
                backend.repaintAll()
            }
            return send(message) ? .changed : .quit
        case .repaint:
            backend.repaintAll()
            return .changed
        case .suspend:
            guard backend.suspend() else { return .unchanged }
            // The shell drew over the screen, and time stopped: the whole frame again, and
            // no jump in the animation for the time spent stopped.
            backend.repaintAll()
            clock.restart()
            return .changed
        case .end:
            return .quit
        case .ignored:
            return .unchanged
        }
    }

    private mutating func draw() {
        backend.draw(program.view(width: size.width, height: size.height, capabilities: backend.capabilities))
    }
}
