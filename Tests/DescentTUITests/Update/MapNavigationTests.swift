@testable import DescentCore
import Testing

@testable import DescentTUI

/// Landscape cycling, pan and zoom, the cursor and the mouse. At 100×30 the plot is 56×28
/// cells from column 7: 56×56 pixels over Rosenbrock's 4×4 box, 1/14 per pixel.
@Suite struct MapNavigationTests {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }
    func close(_ a: ViewBox, _ b: ViewBox) -> Bool {
        close(a.x.lowerBound, b.x.lowerBound) && close(a.x.upperBound, b.x.upperBound)
            && close(a.y.lowerBound, b.y.lowerBound) && close(a.y.upperBound, b.y.upperBound)
    }

    @Test func layoutAtOneHundredByThirty() {
        let app = Fixtures.app()
        #expect(app.layout.plot == Rect(x: 7, y: 0, width: 48, height: 28))
        #expect(app.layout.legend == Rect(x: 55, y: 0, width: 8, height: 28))
        #expect(app.layout.panel == Rect(x: 64, y: 0, width: 36, height: 29))
        // 4 wide over 48 pixels; the 56 pixel rows then show 56 / 12 of y, around its centre 1.
        #expect(close(app.projection.scale, 1.0 / 12))
    }

    @Test func landscapesCycleAndTheViewResets() {
        var app = Fixtures.app()
        app.type("l+")
        app.type("t")
        #expect(app.landscapes.name == "quadratic")
        #expect(app.viewBox == Quadratic().defaultView)
        #expect(app.derived.trajectories.allSatisfy { $0.positions[0] == Quadratic().defaultStart })
        #expect(app.runs[0].spec.lr == 0.001)
        #expect(app.derived.heatmap?.key.landscape == app.landscape)
        app.type("T")
        #expect(app.landscapes.name == "rosenbrock")
        #expect(app.viewBox == ViewBox(x: -2...2, y: -1...3))
        #expect(app.derived.trajectories.allSatisfy { $0.positions[0] == Vector2(-1.5, 2) })
        app.type("T")
        #expect(app.landscapes.name == "goldstein_price")
    }

    @Test func theScenariosOwnLandscapeKeepsItsParameters() {
        var app = Fixtures.app("divergence")
        let own = app.landscape
        #expect(app.landscapes.name == "quadratic")
        app.type("tT")
        #expect(app.landscape == own)
        #expect(app.landscape != Quadratic().asAny)
    }

    @Test func aTypedFunctionComesFirstUnderItsOwnNameAndTheBuiltInsFollow() {
        var app = Fixtures.app("custom-function")
        let own = app.landscape
        guard case .expression(let expression) = own else { return #expect(Bool(false), "custom-function is typed") }
        #expect(app.landscapes.name == expression.source)
        #expect(app.viewBox == ViewBox(x: -3...3, y: -3...3))
        app.type("t")
        #expect(app.landscapes.name == "rosenbrock")
        #expect(app.landscape == .rosenbrock(Rosenbrock()))
        app.type("T")
        #expect(app.landscape == own)
        app.type("T")
        #expect(app.landscapes.name == "goldstein_price")
    }

    @Test func panMovesTenPercentOfWhatIsShown() {
        var app = Fixtures.app()
        app.type("l")
        #expect(close(app.viewBox, ViewBox(x: -1.6...2.4, y: -1...3)))
        app.send(.key(.left), .key(.left))
        #expect(close(app.viewBox, ViewBox(x: -2.4...1.6, y: -1...3)))
        // The map shows 56 / 12 of y, wider than the box's 4.
        let shown = 56.0 / 12
        app.type("k")
        #expect(close(app.viewBox, ViewBox(x: -2.4...1.6, y: (-1 + shown / 10)...(3 + shown / 10))))
        app.send(.key(.down))
        app.type("j")
        #expect(close(app.viewBox.y.lowerBound, -1 - shown / 10))
        app.type("0")
        #expect(app.viewBox == ViewBox(x: -2...2, y: -1...3))
    }

    @Test func zoomIsAboutTheCentre() {
        var app = Fixtures.app()
        app.type("+")
        #expect(close(app.viewBox, ViewBox(x: -1.6...1.6, y: -0.6...2.6)))
        app.type("-")
        #expect(close(app.viewBox, ViewBox(x: -2...2, y: -1...3)))
        app.type("==")
        #expect(close(app.viewBox.width, 4 / 1.5625))
        #expect(app.derived.heatmap?.key.projection == app.projection)
    }

    @Test func wheelZoomKeepsThePointUnderThePointer() {
        var app = Fixtures.app()
        let cell = (x: 14, y: 3)
        let before = app.projection.world(cellX: cell.x, cellY: cell.y)
        app.send(.mouse(MouseEvent(.wheelUp, x: cell.x, y: cell.y)))
        #expect(close(app.viewBox.width, 4 / 1.25))
        let after = app.projection.world(cellX: cell.x, cellY: cell.y)
        #expect(abs(after.x - before.x) < app.projection.scale && abs(after.y - before.y) < 2 * app.projection.scale)
        app.send(.mouse(MouseEvent(.wheelDown, x: cell.x, y: cell.y)))
        #expect(close(app.viewBox.width, 4))
    }

    @Test func aClickSetsTheSelectedRunsStartAtThatCell() {
        var app = Fixtures.app()
        app.type("2")
        app.seek(toStep: 700)
        // Cell (35, 14) is pixel column 28 and rows 28-29: centre (−2 + 28.5/12, 1 + 28/12 − 29/12),
        // the top row showing y = 1 + 28/12.
        app.send(.mouse(MouseEvent(.press, x: 35, y: 14)))
        let start = app.derived.trajectories[1].positions[0]
        #expect(close(start.x, -2 + 28.5 / 12) && close(start.y, 1 - 1.0 / 12))
        #expect(app.runs[1].spec.start == .fixed(start))
        #expect(app.derived.trajectories[0].positions[0] == Vector2(-1.5, 2))
        #expect(app.step == 700)
    }

    @Test func clicksOutsideTheMapChangeNothing() {
        var app = Fixtures.app()
        let before = app.derived.trajectories[0]
        app.send(.mouse(MouseEvent(.press, x: 80, y: 5)), .mouse(MouseEvent(.press, x: 3, y: 5)))
        #expect(app.derived.trajectories[0] == before)
    }

    @Test func cursorModeMovesByCellsAndEnterSetsTheStart() {
        var app = Fixtures.app()
        app.type("c")
        // On the selected run's start, (−1.5, 2): pixel column 6 and, within rounding, the line
        // between pixel rows 15 and 16; the centre of the cell that shows it.
        let start = app.projection.cell(Vector2(-1.5, 2))!
        #expect(start.x == 13 && (7...8).contains(start.y))
        #expect(app.cursor == app.projection.world(cellX: start.x, cellY: start.y))
        app.type("ll")
        app.send(.key(.down))
        #expect(app.cursor == app.projection.world(cellX: start.x + 2, cellY: start.y + 1))
        #expect(app.viewBox == ViewBox(x: -2...2, y: -1...3))
        app.send(.key(.enter))
        #expect(app.derived.trajectories[0].positions[0] == app.projection.world(cellX: start.x + 2, cellY: start.y + 1))
        app.send(.key(.escape))
        #expect(app.cursor == nil)
        app.type("c")
        #expect(app.cursor != nil)
        app.type("c")
        #expect(app.cursor == nil)
    }

    @Test func theCursorStaysOnTheMap() {
        var app = Fixtures.app()
        app.type("c")
        for _ in 0..<100 { app.type("hk") }
        #expect(app.cursor == app.projection.world(cellX: 7, cellY: 0))
    }

    @Test func resizeLaysOutAgainAndCachesTheHeatmap() {
        var app = Fixtures.app()
        app.send(.resize(width: 200, height: 60))
        #expect(app.layout.width == 200 && app.layout.height == 60)
        #expect(app.derived.heatmap?.key == HeatField.Key(landscape: app.landscape, projection: app.projection))
        #expect(app.derived.heatmap?.levels.count == app.layout.plot.width * app.layout.plot.height * 2)
        app.send(.resize(width: 40, height: 10))
        #expect(!app.layout.fits)
    }
}

extension Quadratic {
    var asAny: AnyLandscape { .quadratic(self) }
}
