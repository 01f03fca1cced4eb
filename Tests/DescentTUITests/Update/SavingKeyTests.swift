import DescentCore
import Foundation
import Testing

@testable import DescentTUI

/// `w` and `W` from `update`'s side: the save goes out as work (nothing is written in
/// `update`), and how it ended comes back for the status line.
@Suite struct SavingKeyTests {
    /// Remembers what it was asked to save, and answers as told.
    final class RecordingSaver: RunsSaver, @unchecked Sendable {
        // Unchecked: `requests` is read and written under `lock`.
        private let lock = NSLock()
        private var requests: [(runs: SimulationSpec, origin: String, csv: Bool)] = []
        let outcome: SaveOutcome

        init(answering outcome: SaveOutcome) {
            self.outcome = outcome
        }

        func save(_ runs: SimulationSpec, origin: String, csv: Bool) -> SaveOutcome {
            lock.withLock { requests.append((runs, origin, csv)) }
            return outcome
        }

        var asked: [(runs: SimulationSpec, origin: String, csv: Bool)] { lock.withLock { requests } }
    }

    private func app(_ saver: RecordingSaver, width: Int = 100, height: Int = 30) -> DescentApp {
        var app = DescentApp(spec: Fixtures.scenario(), saver: saver)
        app.updateFinishingWork(.resize(width: width, height: height))
        return app
    }

    @Test func wSendsTheRunsOutAndSaysWhereTheyWent() throws {
        let saver = RecordingSaver(answering: .saved(["descent-20261126-051500.yaml"]))
        var app = app(saver)
        app.type("E")
        let command = app.update(.key(.character("w")))
        guard case .work(let job) = command else {
            Issue.record("w asks for work, got \(command)")
            return
        }
        #expect(saver.asked.isEmpty, "update itself writes nothing")
        let message = job()
        #expect(saver.asked.count == 1)
        let request = try #require(saver.asked.first)
        #expect(request.runs.runs == app.runs.map(\.spec) && request.runs.runs[0].lr == 0.001 * 1.5)
        #expect(request.origin == "Rosenbrock valley" && !request.csv)
        app.updateFinishingWork(message)
        #expect(app.notice?.text == "saved descent-20261126-051500.yaml")
    }

    @Test func capitalWAsksForTheCSVAndSaysSo() {
        let saver = RecordingSaver(answering: .saved(["descent-20261126-051500.yaml", "descent-20261126-051500.csv"]))
        var app = app(saver)
        app.type("EW")
        #expect(saver.asked.map(\.csv) == [true])
        #expect(app.notice?.text == "saved descent-20261126-051500.yaml and .csv")
        #expect(app.frame().line(29).contains("saved descent-20261126-051500.yaml and .csv"))
    }

    @Test func theFileNameFitsEightyColumns() {
        var app = app(RecordingSaver(answering: .saved(["descent-20261126-051500.yaml"])), width: 80, height: 24)
        app.type(" Ew")
        #expect(app.frame(width: 80, height: 24).line(23).hasSuffix("saved descent-20261126-051500.yaml     ? help "))
    }

    @Test func aFailureIsShownAndChangesNothing() {
        let saver = RecordingSaver(answering: .failed("cannot create descent-20261126-051500.yaml: Read-only file system"))
        var app = app(saver)
        app.type("E")
        let runs = app.runs.map(\.spec), undoable = app.history.undoable.count
        app.type("w")
        #expect(app.notice?.text == "cannot save: cannot create descent-20261126-051500.yaml: Read-only file system")
        #expect(app.runs.map(\.spec) == runs && app.history.undoable.count == undoable)
    }
}
