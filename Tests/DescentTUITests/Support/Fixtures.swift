@testable import DescentCore
import DescentScenario

@testable import DescentTUI

/// Apps on bundled scenarios, laid out for a terminal size as the backend would (a `.resize`
/// first), with the background work each message asks for carried out at once, in order, so
/// that tests are deterministic.
enum Fixtures {
    static func scenario(_ name: String = "rosenbrock", steps: Int? = nil) -> SimulationSpec {
        var spec = try! ScenarioSource.bundled(name: name).load()
        if let steps { spec.steps = steps }
        return spec
    }

    static func app(_ name: String = "rosenbrock", width: Int = 100, height: Int = 30, steps: Int? = nil) -> DescentApp {
        var app = DescentApp(spec: scenario(name, steps: steps))
        app.updateFinishingWork(.resize(width: width, height: height))
        return app
    }

    /// The most runs a scenario may hold: Rosenbrock's three over and over, each with its own
    /// lr, start and label, some labels longer than the panel gives them.
    static func sixteenRuns(width: Int = 100, height: Int = 30) -> DescentApp {
        var spec = scenario()
        let labels = [
            "backtracking-armijo", "momentum", "nesterov-sutskever", "sgd-slow", "heavy-ball", "nag", "plain",
            "momentum-0.9", "look-ahead", "sgd-fast", "polyak", "nesterov", "tiny-lr", "warm", "cold", "last-one",
        ]
        spec.runs = labels.enumerated().map { index, label in
            var run = spec.runs[index % 3]
            run.label = label
            run.lr = 0.001 * (1 + Double(index % 4) / 4)
            run.start = .fixed(Vector2(-1.5 + 0.05 * Double(index), 2))
            return run
        }
        var app = DescentApp(spec: spec)
        _ = app.update(.resize(width: width, height: height))
        return app
    }

    static let ascii = TerminalCapabilities(colors: .indexed256, unicode: false)
    static let monochrome = TerminalCapabilities(colors: .monochrome, unicode: true)
    static let plainest = TerminalCapabilities(colors: .monochrome, unicode: false)
}

extension DescentApp {
    /// Sends each message in turn, finishing the work each asks for; the command of the last.
    @discardableResult
    mutating func send(_ messages: Message...) -> Command {
        var command = Command.none
        for message in messages { command = updateFinishingWork(message) }
        return command
    }

    /// Presses keys given as characters, finishing the work each asks for.
    @discardableResult
    mutating func type(_ keys: String) -> Command {
        var command = Command.none
        for key in keys { command = updateFinishingWork(.key(.character(key))) }
        return command
    }

    func frame(width: Int = 100, height: Int = 30, _ capabilities: TerminalCapabilities = .full) -> CellGrid {
        view(width: width, height: height, capabilities: capabilities)
    }
}
