import DescentCore
import DescentTestSupport
@testable import DescentScenario

/// The lines `descent` would print for `text`, or `[]` when it is a valid scenario.
func problems(_ text: String, file: String = "test.yaml") -> [String] {
    problems(Array(text.utf8), file: file)
}

func problems(_ bytes: [UInt8], file: String = "test.yaml") -> [String] {
    do {
        _ = try Scenario(parsing: bytes, file: file)
        return []
    } catch {
        return error.lines
    }
}

/// Every sample of every run of `scenario`.
func simulate(_ scenario: Scenario, steps: Int? = nil, seed: UInt64? = nil) throws -> CollectingSink {
    let sink = CollectingSink()
    _ = try Simulator(spec: scenario.simulationSpec(steps: steps, seed: seed)).run(into: sink)
    return sink
}

/// A small valid scenario to break one piece at a time.
let minimalScenario = """
    landscape: rosenbrock
    steps: 100
    runs:
      - optimizer: sgd
    """
