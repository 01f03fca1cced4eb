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
