@testable import DescentCore
import Testing

@testable import DescentTUI

/// `P` and `B`: maps fill in the background, coarse pass first, are cancelled by any change of
/// what they show, and hand a cell back to the run as one edit.
@Suite struct OutcomeMapTests {
    /// κ = 100 with the heavy ball selected, laid out, and nothing else going on.
    func heavyBall() -> DescentApp {
        var app = Fixtures.app("ill-conditioned")
        app.type("2")
        return app
    }

    /// The pieces of work a command sends out.
    func jobs(_ command: Command) -> [@Sendable () -> Message] {
        switch command {
        case .work(let job): [job]
        case .batch(let commands): commands.flatMap(jobs)
        case .none, .quit: []
        }
    }

    /// Carries out every piece, and what each answer asks for, until no work is left.
    func finish(_ command: Command, _ app: inout DescentApp) {
        var pending = jobs(command)
        while !pending.isEmpty { pending += jobs(app.update(pending.removeFirst()())) }
    }

    /// Every cell done, each as the core computes it alone.
    func expectComplete(_ app: DescentApp, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let spec = try #require(app.derived.map.spec)
        let expected = spec.outcomes(ofCells: Array(0..<spec.grid.count)), outcomes = app.derived.map.outcomes
        #expect(outcomes.count == expected.count, sourceLocation: sourceLocation)
        let differing = zip(outcomes, expected).filter { $0 != $1 }.count
        #expect(differing == 0, sourceLocation: sourceLocation)
    }

    func statusLine(_ app: DescentApp) -> String {
        FrameText.plain(app.frame()).split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func theCoarsePassComesFirstOnEveryCoreThenTheRest() throws {
        var app = heavyBall()
        let command = app.update(.key("P"))
        let pieces = jobs(command)
        #expect(pieces.count == OutcomeMap.parallelJobs)
        let map = app.derived.map, grid = try #require(map.key?.grid)
        #expect(grid == MapGrid(width: 48, height: 28))
        #expect(map.progress == 0)
        #expect(statusLine(app).contains("mapping ░░░░░░░░░░ 0%"))
        // The first piece: coarse cells only, and each stands in for its block.
        var rest = jobs(app.update(pieces[0]())) + pieces.dropFirst()
        let done = app.derived.map.outcomes.indices.filter { app.derived.map.outcomes[$0] != nil }
        #expect(done.count == OutcomeMap.cellsPerJob)
        #expect(done.allSatisfy { ($0 % grid.width) % 4 == 0 && ($0 / grid.width) % 4 == 0 })
        let coarse = try #require(app.derived.map.outcomes[done[1]])
        #expect(app.derived.map.shownOutcome(x: coarse.cell.x + 3, y: coarse.cell.y + 3) == coarse)
        while !rest.isEmpty { rest += jobs(app.update(rest.removeFirst()())) }
        #expect(app.derived.map.progress == nil)
        #expect(!statusLine(app).contains("mapping"))
        try expectComplete(app)
    }

    /// An edit while pieces are out starts a new fill; the old pieces' answers are dropped.
    @Test func anEditCancelsTheMapsStaleWork() throws {
        var app = heavyBall()
        let stale = jobs(app.update(.key("P")))
        let fresh = app.update(.key("e"))
        #expect(jobs(fresh).count == OutcomeMap.parallelJobs)
        for job in stale { _ = app.update(job()) }
        #expect(app.derived.map.outcomes.allSatisfy { $0 == nil })
        finish(fresh, &app)
        try expectComplete(app)
        #expect(app.derived.map.key?.axes == .parameters(around: app.runs[1].spec))
    }

    @Test func aResizeRefillsAndClosingStopsTheWork() {
        var app = heavyBall()
        _ = app.update(.key("P"))
        #expect(jobs(app.update(.resize(width: 80, height: 24))).count == OutcomeMap.parallelJobs)
        #expect(app.derived.map.key?.grid == MapGrid(width: 28, height: 22))
        #expect(jobs(app.update(.key(.escape))).isEmpty)
        #expect(app.mapMode == nil && app.derived.map.key == nil)
    }

    /// `m` and `M` keep their meaning: μ moves and the run's mark with it, and the map stays,
    /// since every cell replaces μ anyway.
    @Test func momentumKeysMoveTheRunNotTheMap() {
        var app = heavyBall()
        app.type("P")
        let key = app.derived.map.key
        #expect(jobs(app.update(.key("m"))).isEmpty)
        #expect(app.runs[1].spec.optimizer.momentum == 0.62)
        #expect(app.derived.map.key == key)
    }

    @Test func enterTakesTheCellsLrAndMomentumAsOneUndoableEdit() throws {
        var app = heavyBall()
        let before = app.runs[1].spec
        app.type("P")
        app.send(.key(.left), .key(.left), .key(.left), .key("j"))
        let mode = try #require(app.mapMode)
        let spec = try #require(app.derived.map.spec)
        let cell = spec.settings(ofCell: mode.row * spec.grid.width + mode.column)
        #expect(statusLine(app).contains("lr \(CompactNumber.format(cell.lr)) · μ \(CompactNumber.format(cell.momentum!))"))
        app.send(.key(.enter))
        #expect(app.mapMode == nil)
        #expect(app.runs[1].spec.lr == cell.lr && app.runs[1].spec.optimizer.momentum == cell.momentum)
        #expect(app.notice?.text.hasPrefix("heavy-ball: μ") == true)
        // The new path is simulated: its first step uses the new lr and μ.
        #expect(app.derived.trajectories[1].lastStep == app.scenario.steps)
        app.type("u")
        #expect(app.runs[1].spec == before)
    }

    @Test func aClickOnABasinMapStartsTheRunAtThatCellsCentre() throws {
        var app = Fixtures.app("himmelblau-starts")
        let before = app.runs[0].spec
        app.type("B")
        let plot = app.layout.plot
        let geometry = try #require(app.mapGeometry), spec = try #require(app.derived.map.spec)
        let cell = geometry.mapCell(screenX: plot.x + 5, screenY: plot.y + 3)
        app.send(.mouse(MouseEvent(.press, x: plot.x + 5, y: plot.y + 3)))
        #expect(app.mapMode == nil)
        let centre = spec.settings(ofCell: cell.y * spec.grid.width + cell.x).start
        #expect(app.runs[0].spec.start == .fixed(centre))
        let box = app.projection.visible
        #expect(abs(centre.x - (box.x.lowerBound + (Double(cell.x) + 0.5) / Double(spec.grid.width) * box.width)) < 1e-12)
        app.type("u")
        #expect(app.runs[0].spec == before)
    }

    @Test func escAndTheSameKeyReturnWithoutChange() {
        var app = heavyBall()
        let before = app.settings
        app.type("P")
        app.send(.key(.escape))
        #expect(app.mapMode == nil)
        app.type("BB")
        #expect(app.mapMode == nil && app.settings == before && app.notice == nil)
    }

    /// Gradient descent has no μ: its map is lr alone, one row drawn over the whole height.
    @Test func anOptimizerWithoutMomentumMapsLrAlone() throws {
        var app = Fixtures.app("ill-conditioned")
        app.type("P")
        #expect(app.derived.map.key?.grid.height == 1)
        let frame = FrameText.plain(app.frame())
        #expect(frame.contains("sgd has no μ: lr alone"))
        #expect(frame.contains("lr map") && !frame.contains("lr,μ map"))
        let rows = frame.split(separator: "\n").map { $0.prefix(app.layout.plot.maxX) }
        // The same cells at the top (below the caption) and the bottom of the plot.
        #expect(rows[1] == rows[app.layout.plot.maxY - 1] && rows[1].contains("×"))
    }
}
