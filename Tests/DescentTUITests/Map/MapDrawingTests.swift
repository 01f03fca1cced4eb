@testable import DescentCore
import Testing

@testable import DescentTUI

/// What the map shows, checked cell by cell where a golden frame would hide the point.
@Suite struct MapDrawingTests {
    func cells(_ grid: CellGrid, in rect: Rect) -> [Cell] {
        (rect.y..<rect.maxY).flatMap { y in (rect.x..<rect.maxX).map { grid[$0, y] } }
    }

    /// A bright ★ on a dark tile that half blocks widen to two cells.
    @Test func theMinimumIsMarked() {
        let app = Fixtures.app(), grid = app.frame()
        let cell = app.projection.cell(Vector2(1, 1))!
        #expect(grid[cell.x, cell.y] == Cell("★", foreground: .text, background: .panel, style: .bold))
        #expect(grid[cell.x - 1, cell.y].glyph == "▐" && grid[cell.x - 1, cell.y].foreground == .panel)
        #expect(grid[cell.x + 1, cell.y].glyph == "▌" && grid[cell.x + 1, cell.y].foreground == .panel)
    }

    /// On every level of the ramp, the star or its tile differs from the heat around it by at
    /// least a third of the range of lightness (mid-ramp, where neither can be far).
    @Test func theMinimumStandsOutOnEveryLevel() {
        func lightness(_ color: CellColor) -> Double {
            let rgb = Palette.rgb(color)!
            return 0.2126 * Double(rgb.red) + 0.7152 * Double(rgb.green) + 0.0722 * Double(rgb.blue)
        }
        for level in 0...255 {
            let heat = lightness(.heat(UInt8(level)))
            #expect(max(abs(lightness(.text) - heat), abs(lightness(.panel) - heat)) > 85, "level \(level)")
        }
        #expect(abs(lightness(.text) - lightness(.panel)) > 128)
    }

    @Test func pathsAreBrailleInRunColoursOverTheHeatmap() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        let plot = cells(app.frame(), in: app.layout.plot)
        let braille = plot.filter { (0x2801...0x28FF).contains($0.glyph.value) }
        #expect(!braille.isEmpty)
        #expect(braille.allSatisfy { if case .heat = $0.background { true } else { false } })
        #expect(Set(braille.map(\.foreground)) == [.run(0), .run(1), .run(2)])
        // Each current point is its run's number, in its colour.
        for index in 0..<3 {
            #expect(plot.contains { $0.glyph == RunNumber.glyph(index, unicode: true) && $0.foreground == .run(index) })
        }
        #expect(plot.contains { $0.glyph == "○" })
    }

    @Test func aHiddenRunIsNotDrawn() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        app.type("x")
        let plot = cells(app.frame(), in: app.layout.plot)
        #expect(!plot.contains { $0.foreground == .run(0) })
        #expect(plot.contains { $0.foreground == .run(1) })
    }

    @Test func indicatorsShowTheDescentDirectionAndNesterovsLookAhead() throws {
        var app = Fixtures.app()
        app.type("3i")
        // A step where momentum carries the look-ahead p + μ(p − p₋₁) off the current point's cell.
        let positions = app.derived.trajectories[2].positions
        let lookAhead = { (i: Int) in positions[i] + 0.9 * (positions[i] - positions[i - 1]) }
        let step = try #require((1..<3000).first { i in
            app.projection.cell(lookAhead(i)).map { $0 != app.projection.cell(positions[i])! } ?? false
        })
        app.seek(toStep: step)
        let grid = app.frame(), cell = app.projection.cell(lookAhead(step))!
        #expect(grid[cell.x, cell.y].glyph == "◆" && grid[cell.x, cell.y].foreground == .run(2))
        let plot = cells(grid, in: app.layout.plot)
        // The arrow is dotted and in the accent colour, unlike any path.
        #expect(plot.contains { "←↑→↓↖↗↘↙".unicodeScalars.contains($0.glyph) && $0.foreground == .accent })
        #expect(plot.contains { (0x2801...0x28FF).contains($0.glyph.value) && $0.foreground == .accent })
    }

    @Test func aRunOutOfViewGetsAnArrowAtTheEdge() {
        var app = Fixtures.app()
        app.type("++++++++")
        let grid = app.frame()
        // The runs start at (−1.5, 2), up and left of the zoomed view around (0, 1).
        let edge = (0..<app.layout.plot.height).map { grid[app.layout.plot.x, $0] }
            + (app.layout.plot.x..<app.layout.plot.maxX).map { grid[$0, 0] }
        #expect(edge.contains { $0.glyph == "↖" && $0.foreground == .run(0) })
    }

    @Test func aDivergedRunSaysWhereOnceThePlayheadGetsThere() {
        var app = Fixtures.app("divergence")
        app.seek(toStep: 100)
        #expect(!FrameText.plain(app.frame()).contains("diverged"))
        app.seek(toStep: 1000)
        let text = FrameText.plain(app.frame())
        let onMap = (0..<app.layout.plot.height).map { app.frame().line($0).unicodeScalars.prefix(app.layout.plot.maxX) }
        #expect(onMap.contains { String(String.UnicodeScalarView($0)).contains("diverged @292") })
        #expect(text.contains("diverged @292"))
    }

    @Test func theCursorIsACrosshairAndTheStatusLineSaysWhere() {
        var app = Fixtures.app()
        app.type("c")
        let grid = app.frame()
        let cell = app.projection.cell(app.cursor!)!
        #expect(grid[cell.x, cell.y].glyph == "┼")
        // The start (−1.5, 2) at its cell's centre, (−2 + 6.5/12, 1 + 28/12 − 15/12).
        #expect(grid.line(29).contains("cursor (-1.46, 2.08)  loss 6.23"))
        #expect(grid.line(29).contains("Enter set start"))
    }

    @Test func theStatusLineShowsPlayingOrPaused() {
        var app = Fixtures.app()
        #expect(app.frame().line(29).contains("▶ playing"))
        #expect(app.frame().line(29).hasSuffix("? help "))
        app.type(" ")
        #expect(app.frame().line(29).contains("⏸ paused"))
        #expect(app.frame(Fixtures.ascii).line(29).contains("|| paused"))
    }

    @Test func monochromeHasNoHeatColours() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        let grid = app.frame(Fixtures.monochrome)
        #expect(!grid.cells.contains { if case .heat = $0.background { true } else { false } })
        #expect(!grid.cells.contains { if case .heat = $0.foreground { true } else { false } })
        let plot = cells(grid, in: app.layout.plot)
        #expect(Set(plot.map(\.glyph)).isSuperset(of: ["░", "▒", "▓", "█", "1", "3"]))
    }

    /// Without Unicode a cell is one colour: its band's, between two iso-lines. Band edges run
    /// as clean steps: no cell stands alone among eight neighbours of one other band (a valley
    /// thinner than a cell runs on as a line, diagonally too), and
    /// there are no more colours than bands.
    @Test(arguments: ["rosenbrock", "himmelblau-starts", "restart-ill-conditioned"])
    func asciiBandsDoNotSpeckle(_ scenario: String) {
        var app = Fixtures.app(scenario)
        app.seek(toStep: 100)
        let grid = app.frame(Fixtures.ascii), plot = app.layout.plot
        let bands = app.derived.heatmap!.contourLevels.count + 1
        // The minimum's dark tile is no heat.
        func isHeat(_ color: CellColor) -> Bool { if case .heat = color { true } else { false } }
        #expect(Set(cells(grid, in: plot).map(\.background).filter(isHeat)).count <= bands)
        for y in plot.y + 1..<plot.maxY - 1 {
            for x in plot.x + 1..<plot.maxX - 1 {
                let around = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)].map { grid[x + $0, y + $1].background }
                guard isHeat(grid[x, y].background), around.allSatisfy(isHeat) else { continue }
                #expect(
                    !(Set(around).count == 1 && around[0] != grid[x, y].background), "a speck at (\(x), \(y)) in \(scenario)")
            }
        }
    }

    /// In truecolour the iso-lines run where the loss is a contour's: each pixel a line covers
    /// more than half lies within a pixel's change in loss of one of them.
    @Test func truecolorContoursLieOnTheirLevels() throws {
        let app = Fixtures.app("himmelblau-starts")
        let heat = try #require(app.derived.heatmap), scale = try #require(heat.scale)
        let contours = scale.contourValues.map(scale.position)
        let projection = app.projection
        func position(_ x: Double, _ y: Double) -> Double {
            scale.position(app.landscape.value(at: projection.world(pixelX: x, pixelY: y)))
        }
        var covered = 0
        for y in 1..<heat.height - 1 {
            for x in 1..<heat.width - 1 where heat.coverage(x: x, y: y) > 128 {
                covered += 1
                let centre = position(Double(x) + 0.5, Double(y) + 0.5)
                let change = max(abs(position(Double(x) + 1.5, Double(y) + 0.5) - centre), abs(position(Double(x) + 0.5, Double(y) + 1.5) - centre))
                #expect(contours.contains { abs($0 - centre) <= change }, "pixel (\(x), \(y))")
            }
        }
        #expect(covered > heat.width)
    }

    @Test func theHeatmapIsLogScaledLossWithContours() {
        let app = Fixtures.app()
        let heat = app.derived.heatmap!
        let lowest = heat.levels.enumerated().min { $0.element < $1.element }!.offset
        let point = app.projection.world(pixelX: Double(lowest % heat.width) + 0.5, pixelY: Double(lowest / heat.width) + 0.5)
        // The lowest pixel lies on the valley floor y = x².
        #expect(abs(point.y - point.x * point.x) < 0.2)
        // Pixels average 2×2 samples, so the ends of the ramp are nearly but not exactly reached.
        #expect(heat.levels.max()! >= 230 && heat.levels.min()! <= 25)
        #expect(heat.contourCoverage.max()! > 200 && heat.contourCoverage.contains(0))
        #expect(heat.contourCoverage.contains { $0 > 0 && $0 < 255 })
    }
}
