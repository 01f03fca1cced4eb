import ArgumentParser
import DescentExport
import DescentTUI
import DescentTerminal

/// `descent [SCENARIO] [--headless ...]`: the default command.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a scenario in the interactive view, or run it headless.",
        discussion: "With --headless, writes the trajectories as CSV (--csv) and a summary table to standard error."
    )

    @OptionGroup var scenario: ScenarioArgument

    @Flag(help: "Run without a terminal and print a summary of every run to standard error.")
    var headless = false

    @Option(help: ArgumentHelp("With --headless: write the CSV to PATH, or to standard output with '-'.", valueName: "path"))
    var csv: OutputTarget?

    @OptionGroup var simulation: SimulationOptions

    @Option(help: ArgumentHelp("With --headless: write steps 0, K, 2K, ... and each run's last step.", valueName: "k"))
    var every: Int = 1

    func validate() throws {
        guard every >= 1 else { throw ValidationError("--every must be at least 1, got \(every)") }
        if !headless && (csv != nil || every != 1) {
            throw ValidationError("--csv and --every go with --headless")
        }
    }

    /// On the main actor: curses is driven from the main thread, while headless runs fan out.
    @MainActor
    func run() async throws {
        let spec = simulation.applied(to: try scenario.load())
        guard headless else {
            do throws(TerminalUnavailable) {
                try InteractiveTerminal.check()
                try InteractiveTerminal.run(DescentApp(spec: spec))
            } catch {
                try StandardError.fail(error.description, ExitStatus.usage)
            }
            return
        }
        try await HeadlessRun(spec: spec, every: every, csv: csv).execute()
    }
}
