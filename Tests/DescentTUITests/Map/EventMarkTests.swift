@testable import DescentCore
import Testing

@testable import DescentTUI

/// The controllers' decisions on the map: ↺ where momentum was zeroed, ✗ where a step was
/// undone, in the run's colour, up to the playhead, one per cell, under the start and
/// current points.
@Suite struct EventMarkTests {
    func plot(_ app: DescentApp, _ capabilities: TerminalCapabilities = .full) -> [(x: Int, y: Int, cell: Cell)] {
        let grid = app.frame(capabilities), plot = app.layout.plot
        return (plot.y..<plot.maxY).flatMap { y in (plot.x..<plot.maxX).map { (x: $0, y: y, cell: grid[$0, y]) } }
    }

    /// The cells of run `run`'s samples with an event of a kind, up to the playhead.
    func cells(of app: DescentApp, run: Int, where kind: (StepEvent) -> Bool) -> Set<[Int]> {
        let trajectory = app.derived.trajectories[run]
        let shown = trajectory.events(through: trajectory.index(atStep: app.step)).filter { kind($0.event) }
        return Set(shown.compactMap { app.projection.cell(trajectory.positions[$0.sample]).map { [$0.x, $0.y] } })
    }

    @Test func undoneStepsAreCrossedUpToThePlayhead() {
        var app = Fixtures.app("bold-driver")
        app.seek(toStep: 0)
        #expect(!plot(app).contains { $0.cell.glyph == "✗" })
        app.seek(toStep: 400)
        let crosses = plot(app).filter { $0.cell.glyph == "✗" }
        #expect(crosses.count >= 3)
        #expect(crosses.allSatisfy { $0.cell.foreground == .run(1) })
        #expect(crosses.allSatisfy { if case .heat = $0.cell.background { true } else { false } })
        // Every cross stands on an undone step; the undone steps 1 to 4 at the start are under its ○.
        let undone = cells(of: app, run: 1) { $0.stepUndone }
        #expect(Set(crosses.map { [$0.x, $0.y] }).isSubset(of: undone))
        let start = app.projection.cell(Vector2(-1.5, 2))!
        #expect(undone.contains([start.x, start.y]))
        #expect(app.frame()[start.x, start.y].glyph == "○")
    }

    @Test func restartsAreMarkedInTheirRunsColour() {
        var app = Fixtures.app("restart-ill-conditioned")
        app.type("++++++++++")
        app.seek(toStep: 300)
        let marks = plot(app).filter { $0.cell.glyph == "↺" }
        #expect(Set(marks.map(\.cell.foreground)) == [.run(1), .run(2)])
        let restarts = cells(of: app, run: 1) { $0.restarted }.union(cells(of: app, run: 2) { $0.restarted })
        #expect(Set(marks.map { [$0.x, $0.y] }).isSubset(of: restarts))
        // Run 2's restarts after 260 are all in the minimum's cell, under the current points.
        #expect(marks.count >= 3)
    }

    /// Thousands of undone steps, nearly all close to the minimum once the run has settled,
    /// still leave one glyph per cell: the map stays a map.
    @Test func manyEventsLeaveOneMarkPerCell() {
        var app = Fixtures.app("bold-driver", steps: 100_000)
        app.seek(toStep: 100_000)
        let undone = app.derived.trajectories[1].events.filter { $0.event.stepUndone }
        let crosses = plot(app).filter { $0.cell.glyph == "✗" }.count
        #expect(undone.count > 2000)
        #expect(crosses > 0 && crosses <= cells(of: app, run: 1) { $0.stepUndone }.count && crosses < 20)
    }

    @Test func withoutUnicodeTheMarksAreLetters() {
        var app = Fixtures.app("bold-driver")
        app.seek(toStep: 400)
        #expect(plot(app, Fixtures.ascii).filter { $0.cell.glyph == "x" && $0.cell.foreground == .run(1) }.count >= 3)
        var restart = Fixtures.app("restart-ill-conditioned")
        restart.type("++++++++++")
        restart.seek(toStep: 300)
        #expect(plot(restart, Fixtures.plainest).contains { $0.cell.glyph == "r" })
    }
}
