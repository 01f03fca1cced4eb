import DescentCore
import DescentExport
import DescentScenario
import DescentTUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `w` and `W` in the view: the runs as `ScenarioWriter` spells them, put by `SavedRunFiles`
/// in the working directory as it is when the key is pressed, named for that moment.
struct WorkingDirectorySaver: RunsSaver {
    var files = SavedRunFiles(directory: ".")
    var clock: @Sendable () -> time_t = { time(nil) }

    func save(_ runs: SimulationSpec, origin: String, csv: Bool) -> SaveOutcome {
        do throws(OutputError) {
            let paths = try files.save(
                scenario: { name in ScenarioWriter.text(of: runs, comment: Self.header(file: name, origin: origin)) },
                csvOf: csv ? runs : nil, at: clock())
            return .saved(paths)
        } catch {
            return .failed(error.description)
        }
    }

    private static func header(file: String, origin: String) -> [String] {
        [
            "The runs of the scenario '\(origin)', every edit made in descent's view applied, saved by `w`.",
            "Open it with `descent \(file)`; `descent \(file) --headless --csv -` writes their CSV.",
        ]
    }
}
