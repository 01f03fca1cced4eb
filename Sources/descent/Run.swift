import ArgumentParser
import DescentCore
import DescentExport
import DescentTUI
import DescentTerminal

/// `descent [SCENARIO] [--headless ...]`: the default command.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open a scenario in the interactive view, or run it headless.",
        discussion: "With --headless, writes the trajectories as CSV (--csv) and a summary table to standard error."
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Instead of a scenario, the default runs on a function of x and y, e.g. '(1 - x)^2 + 100*(y - x^2)^2' (see descent list).",
            valueName: "expr"))
    var function: String?

    @Flag(help: "Run without a terminal and print a summary of every run to standard error.")
    var headless = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --headless: write the CSV to PATH, or to standard output with '-'.", valueName: "path"))
    var csv: OutputTarget?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Record the interactive session as an asciicast v2 file (asciinema play PATH replays it).", valueName: "path"))
    var record: String?

    @OptionGroup var simulation: SimulationOptions

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --headless: write steps 0, K, 2K, ... and each run's last step (1 ... \(SimulationSpec.maximumSteps)).",
            valueName: "k"),
        transform: { try WholeNumber.parse($0, in: 1...SimulationSpec.maximumSteps) })
    var every: Int = 1

    func validate() throws {
        if !headless && (csv != nil || every != 1) {
            throw ValidationError("--csv and --every go with --headless")
        }
        if headless && record != nil {
            throw ValidationError("--record records the interactive view; headless, write the runs with --csv")
        }
        if let record { try scenario.refuseWriting(over: .file(path: record), named: "--record") }
        if function != nil, let given = scenario.given {
            throw ValidationError("--function replaces the scenario; give one or the other, not '\(given)' too")
        }
        if let csv { try scenario.refuseWriting(over: csv, named: "--csv") }
    }

    /// On the main actor: curses is driven from the main thread, while headless runs fan out.
    @MainActor
    func run() async throws {
        let loaded = try function.map(FunctionArgument.load) ?? scenario.load()
        let spec = simulation.applied(to: loaded)
        guard headless else {
            do throws(TerminalUnavailable) {
                try InteractiveTerminal.check()
            } catch {
                try StandardError.fail(error.description, ExitStatus.usage)
            }
            let recording = try record.map(SessionRecording.create)
            do throws(TerminalUnavailable) {
                try InteractiveTerminal.run(DescentApp(spec: spec, saver: WorkingDirectorySaver()), recorder: recording)
            } catch {
                recording?.discard()
                try StandardError.fail(error.description, ExitStatus.usage)
            }
            try recording.map(SessionRecording.finish)
            return
        }
        try await HeadlessRun(spec: spec, every: every, csv: csv).execute()
    }
}
