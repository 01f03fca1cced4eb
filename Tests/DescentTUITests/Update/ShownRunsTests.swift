@testable import DescentCore
import Testing

@testable import DescentTUI

/// Which runs the map and charts draw, in which order, and how much of each path: runs must
/// not hide each other (issue 8).
@Suite struct ShownRunsTests {
    func plotCells(_ app: DescentApp) -> [Cell] {
        let grid = app.frame(), plot = app.layout.plot
        return (plot.y..<plot.maxY).flatMap { y in (plot.x..<plot.maxX).map { grid[$0, y] } }
    }

    /// The selected run is drawn last, on top: where momentum and Nesterov share a valley,
    /// the one selected owns the cells.
    @Test func theSelectedRunIsDrawnLast() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        #expect(app.drawingOrder == [1, 2, 0])
        let nesterovOnTop = plotCells(app).filter { $0.foreground == .run(1) }.count
        app.type("2")
        #expect(app.drawingOrder == [0, 2, 1])
        let momentumOnTop = plotCells(app).filter { $0.foreground == .run(1) }.count
        #expect(momentumOnTop > nesterovOnTop)
        app.type("3x")
        #expect(app.drawingOrder == [0, 1])
    }

    /// `X` shows the selected run alone, and follows the selection; again, every visible run.
    @Test func onlyTheSelectedRun() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        app.type("2X")
        #expect(app.drawingOrder == [1])
        #expect(Set(plotCells(app).compactMap { if case .run(let n) = $0.foreground { n } else { nil } }) == [1])
        app.send(.key(.tab))
        #expect(app.drawingOrder == [2])
        // The panel says which runs are not shown.
        #expect(FrameText.plain(app.frame()).components(separatedBy: "hidden").count - 1 == 2)
        app.type("x")
        #expect(app.drawingOrder.isEmpty)
        app.type("xX")
        #expect(app.drawingOrder == [0, 1, 2])
    }

    /// `f`: the whole path, the last 1000 steps, the last 100, the whole path again; the
    /// older half of a trail is faded.
    @Test func trailLength() {
        var app = Fixtures.app("schedules")
        app.seek(toStep: 2000)
        func pathCells() -> [Cell] { plotCells(app).filter { (0x2801...0x28FF).contains($0.glyph.value) } }
        let whole = pathCells()
        #expect(whole.allSatisfy { !$0.style.contains(.dim) })
        app.type("f")
        #expect(app.trail == .last1000)
        let thousand = pathCells()
        app.type("f")
        #expect(app.trail == .last100)
        let hundred = pathCells()
        #expect(whole.count > thousand.count && thousand.count > hundred.count)
        #expect(hundred.contains { $0.style.contains(.dim) } && hundred.contains { !$0.style.contains(.dim) })
        app.type("f")
        #expect(app.trail == .whole && pathCells() == whole)
    }

    /// `L` makes the charts' step axis logarithmic: 10 and 100 take the room 1000 had (1000 would
    /// crowd 3000 out).
    @Test func logStepAxis() {
        var app = Fixtures.app()
        let axisRow = { FrameText.plain(app.frame()).split(separator: "\n")[app.layout.statusRow - 1] }
        #expect(axisRow().hasSuffix("0      1000     2000    3000"))
        app.type("L")
        #expect(app.logStepAxis)
        #expect(axisRow().hasSuffix("0      10      100      3000"))
        app.type("L")
        #expect(!app.logStepAxis)
    }

    /// Each current point is its run's number; runs on the same cell stand side by side
    /// instead of one covering the other, and neither covers the minimum's star.
    @Test func runsOnOneSpotBothShow() {
        var app = Fixtures.app()
        app.seek(toStep: 3000)
        let momentum = app.projection.cell(app.derived.trajectories[1].positions.last!)!
        let nesterov = app.projection.cell(app.derived.trajectories[2].positions.last!)!
        #expect(momentum == nesterov)
        let grid = app.frame()
        #expect(grid[nesterov.x, nesterov.y].glyph == "3")
        let beside = [grid[momentum.x - 1, momentum.y], grid[momentum.x + 1, momentum.y]]
        #expect(beside.contains { $0.glyph == "2" && $0.foreground == .run(1) })
        let star = app.projection.cell(Vector2(1, 1))!
        #expect(grid[star.x, star.y].glyph == "★" || star == nesterov)
    }
}
