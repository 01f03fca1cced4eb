import ArgumentParser
import DescentCore
import DescentScenario

/// SCENARIO, for every command that opens one.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A scenario file, or the name of a bundled scenario (default: rosenbrock).", valueName: "scenario"))
    var nameOrPath: String = BundledScenarios.defaultName

    /// Resolves and loads SCENARIO, or prints why not and exits 65 (invalid) or 66 (missing).
    func load() throws -> SimulationSpec {
        do {
            return try ScenarioSource.resolve(nameOrPath).load()
        } catch {
            for line in error.lines { StandardError.print(line) }
            switch error {
            case .invalid: throw ExitStatus.invalidScenario
            case .missingInput: throw ExitStatus.missingInput
            }
        }
    }
}
