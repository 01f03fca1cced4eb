import ArgumentParser
import DescentCore
import DescentExport
import DescentScenario
#if canImport(Glibc)
import Glibc
#endif

/// Headless mode: simulate every run into its outputs (the CSV, if asked for), print the
/// summary table.
struct HeadlessRun {
    let spec: SimulationSpec
    let every: Int
    let csv: OutputTarget?

    func execute() async throws {
        // A closed pipe must surface as EPIPE from write(2), not kill the process.
        signal(SIGPIPE, SIG_IGN)
        let outputs: [any OutputSink] = try await outcome {
            guard let csv else { return [] }
            return [try CSVWriter(to: csv)]
        }
        let sink = FanOutSink.combining(outputs)
        let summaries = try await outcome {
            do {
                let summaries = try await Simulator(spec: spec, every: every).runConcurrently(into: sink)
                try sink.finish()
                return summaries
            } catch {
                sink.discard()
                throw error
            }
        }
        if let minima = MinimaLine.render(spec.landscape) { StandardError.print(minima) }
        StandardError.print(SummaryTable.render(summaries))
    }

    /// Ends the command on an output failure with its exit code; a reader closing the pipe ends it quietly.
    private func outcome<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as OutputError {
            try error.endCommand()
        }
    }
}
