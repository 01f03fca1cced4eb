import ArgumentParser
import DescentCore

/// --steps and --seed: settings of the simulation that override the scenario's.
struct SimulationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Steps per run, overriding the scenario (1 ... 1000000000).", valueName: "n"))
    var steps: Int?

    @Option(help: ArgumentHelp("Seed for gradient noise and random starts, overriding the scenario.", valueName: "s"))
    var seed: UInt64?

    /// The scenario's spec with these set: `--steps` sets its steps, whatever follows the run follows.
    func applied(to spec: SimulationSpec) -> SimulationSpec {
        var spec = spec
        if let steps { spec.steps = steps }
        if let seed { spec.seed = seed }
        return spec
    }

    func validate() throws {
        if let steps, !(1...SimulationSpec.maximumSteps).contains(steps) {
            throw ValidationError("--steps must be between 1 and \(SimulationSpec.maximumSteps), got \(steps)")
        }
    }
}
