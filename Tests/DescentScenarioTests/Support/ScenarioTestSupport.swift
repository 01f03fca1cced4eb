import DescentCore
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

/// Keeps every sample, for assertions on whole trajectories.
final class CollectingSink: SampleSink {
    private(set) var samples: [Sample] = []
    private(set) var summaries: [RunSummary] = []

    func begin(_ run: RunInfo) {}
    func record(_ sample: Sample) { samples.append(sample) }
    func end(_ summary: RunSummary) { summaries.append(summary) }

    func positions(ofRun run: Int) -> [Vector2] { samples.filter { $0.run == run }.map(\.position) }
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
