import DescentCore
import ArgumentParser
import DescentScenario

/// Resolves and loads SCENARIO, or prints why not and exits 65 (invalid) or 66 (missing).
func loadScenario(_ argument: String) throws -> SimulationSpec {
    do {
        return try ScenarioSource.resolve(argument).load()
    } catch {
        for line in error.lines { StandardError.print(line) }
        switch error {
        case .invalid: throw ExitStatus.invalidScenario
        case .missingInput: throw ExitStatus.missingInput
        }
    }
}
