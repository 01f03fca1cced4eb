@testable import DescentCore
import DescentTestSupport
@testable import DescentScenario

/// The lines `descent` would print for `text`, or `[]` when it is a valid scenario.
func problems(_ text: String, file: String = "test.yaml") -> [String] {
    problems(Array(text.utf8), file: file)
}

func problems(_ bytes: [UInt8], file: String = "test.yaml") -> [String] {
    do {
        _ = try SimulationSpec(parsing: bytes, file: file)
        return []
    } catch {
        return error.lines
    }
}

/// Every sample of every run of `scenario`.
func simulate(_ scenario: SimulationSpec, steps: Int? = nil, seed: UInt64? = nil) throws -> CollectingSink {
    let sink = CollectingSink()
    _ = try Simulator(spec: scenario.simulationSpec(steps: steps, seed: seed)).run(into: sink)
    return sink
}

/// The bundled scenario `name` and every sample of its runs.
func loadBundled(_ name: String) throws -> (SimulationSpec, CollectingSink) {
    let scenario = try ScenarioSource.bundled(name: name).load()
    return (scenario, try simulate(scenario))
}

/// A small valid scenario to break one piece at a time.
let minimalScenario = """
    landscape: rosenbrock
    steps: 100
    runs:
      - optimizer: sgd
    """

extension SimulationSpec {
    /// The spec with `--steps` and `--seed` applied, as the command line does.
    func simulationSpec(steps: Int? = nil, seed: UInt64? = nil) -> SimulationSpec {
        var spec = self
        if let steps { spec.steps = steps }
        if let seed { spec.seed = seed }
        return spec
    }
}

extension RunSpec {
    /// The schedule a run of `steps` steps follows (constant under a controller).
    func learningRateSchedule(steps: Int) -> LearningRateSchedule {
        guard case .schedule(let schedule) = stepSize.resolved(runLength: steps) else { return LearningRateSchedule(.constant) }
        return schedule
    }

    var warmup: Warmup? { stepSize.warmup }

    var controller: StepSizeController? {
        guard case .controller(let controller) = stepSize else { return nil }
        return controller
    }
}
