import ArgumentParser
import DescentCore

/// --steps and --seed: settings of the simulation that override the scenario's.
struct SimulationOptions: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Steps per run, overriding the scenario (1 ... \(SimulationSpec.maximumSteps)).", valueName: "n"),
        transform: { try WholeNumber.parse($0, in: 1...SimulationSpec.maximumSteps) })
    var steps: Int?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Seed for gradient noise and random starts, overriding the scenario (0 ... \(UInt64.max)).", valueName: "s"),
        transform: { try WholeNumber.parse($0, in: 0...UInt64.max) })
    var seed: UInt64?

    /// The scenario's spec with these set: `--steps` sets its steps, whatever follows the run follows.
    func applied(to spec: SimulationSpec) -> SimulationSpec {
        var spec = spec
        if let steps { spec.steps = steps }
        if let seed { spec.seed = seed }
        return spec
    }
}
