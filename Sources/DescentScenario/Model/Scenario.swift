import DescentCore

/// A validated scenario file: one landscape and up to 16 runs on it. It mirrors
/// `SimulationSpec` but keeps each run's schedule unbuilt, so that a `--steps` override
/// reaches the schedule parameters that default to the run length.
public struct Scenario: Sendable {
    public var name: String
    public var landscape: AnyLandscape
    public var view: ViewBox
    /// Steps per run, 1 ... `SimulationSpec.maximumSteps`.
    public var steps: Int
    public var seed: UInt64
    public var tolerance: Double
    public var stopAtTolerance: Bool
    public var runs: [ScenarioRun]

    /// What the core simulates. `steps` and `seed` override the file's (the command line's
    /// `--steps` and `--seed`); schedule parameters that default to the run length follow `steps`.
    public func simulationSpec(steps: Int? = nil, seed: UInt64? = nil) -> SimulationSpec {
        let steps = steps ?? self.steps
        return SimulationSpec(
            name: name, landscape: landscape, view: view, steps: steps, seed: seed ?? self.seed,
            tolerance: tolerance, stopAtTolerance: stopAtTolerance,
            runs: runs.map { $0.runSpec(steps: steps) })
    }
}
