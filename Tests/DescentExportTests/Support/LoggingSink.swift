@testable import DescentCore

@testable import DescentExport

/// An output that notes each call it gets, under its name, in a log shared with other sinks,
/// so a test sees the order in which a fan-out reaches them. Fails `finish` when told to.
final class LoggingSink: OutputSink {
    final class Log {
        var entries: [String] = []
    }

    private let name: String
    private let log: Log
    private let finishError: OutputError?

    init(_ name: String, log: Log, finishError: OutputError? = nil) {
        self.name = name
        self.log = log
        self.finishError = finishError
    }

    func begin(_ run: RunInfo) { log.entries.append("\(name) begin \(run.label)") }
    func record(_ sample: Sample) { log.entries.append("\(name) record \(sample.step)") }
    func end(_ summary: RunSummary) { log.entries.append("\(name) end \(summary.info.label)") }

    func finish() throws(OutputError) {
        log.entries.append("\(name) finish")
        if let finishError { throw finishError }
    }

    func discard() { log.entries.append("\(name) discard") }
}
