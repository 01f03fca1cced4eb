import ArgumentParser
import DescentCore
import DescentExport
import DescentScenario

/// SCENARIO, for every command that opens one.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A scenario file, or the name of a bundled scenario (default: \(BundledScenarios.defaultName)).",
        valueName: "scenario"))
    var given: String?

    var nameOrPath: String { given ?? BundledScenarios.defaultName }

    /// Refuses (64), before anything is read or written, an output that is the scenario file
    /// itself by any name (a link, another path, a hard link): writing it would destroy the input.
    func refuseWriting(over output: OutputTarget, named name: String) throws {
        guard output.isSameFile(as: nameOrPath) else { return }
        let what = if case .file(let path) = output { "\(name) \(path)" } else { name }
        throw ValidationError("\(what) is the scenario file \(nameOrPath) itself; write the output elsewhere")
    }

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
