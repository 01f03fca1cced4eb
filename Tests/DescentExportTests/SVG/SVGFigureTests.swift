@testable import DescentCore
import DescentPlot
import DescentTestSupport
import Testing

@testable import DescentExport

@Suite struct SVGFigureTests {
    static let spec = SimulationSpec(
        name: "Rosenbrock <valley> & co", landscape: .rosenbrock(Rosenbrock()), steps: 400,
        runs: [
            RunSpec(label: "sgd", optimizer: .sgd(SGD()), lr: 0.001, start: .fixed(Vector2(-1.5, 2))),
            RunSpec(label: "n\"a<g>\n", optimizer: .nesterov(Nesterov(momentum: 0.9)), lr: 0.001, start: .fixed(Vector2(-1.5, 2))),
        ])

    @Test func isXMLOfTheAskedSize() throws {
        let svg = try #require(SVGStructure(SVGFigure.render(Self.spec, throughStep: nil, width: 900, height: 600)))
        #expect(svg.root.name == "svg")
        #expect(svg.root.attributes["width"] == "900")
        #expect(svg.root.attributes["height"] == "600")
        #expect(svg.root.attributes["viewBox"] == "0 0 900 600")
        #expect(svg.root.attributes["version"] == "1.1")
    }

    /// One polyline per run on the map, with a point per sample up to the step (0 … 250), in
    /// the run's colour; then one per run in the loss chart.
    @Test func aPathPerRunAtEverySample() throws {
        let svg = try #require(SVGStructure(SVGFigure.render(Self.spec, throughStep: 250, width: 1200, height: 800)))
        let polylines = svg.elements(named: "polyline")
        #expect(polylines.count == 4)
        for (index, line) in polylines.prefix(2).enumerated() {
            #expect(SVGStructure.points(line).count == 251)
            #expect(line.attributes["stroke"] == RunColors.color(ofRun: index).hex)
        }
        var run = Simulator(spec: Self.spec).resumableRun(1)
        let rows = run.rows(until: 250).rows
        let projection = FigureLayout(width: 1200, height: 800, view: Self.spec.view, runs: 2).map
        let last = projection.picture(rows[250].position)
        let drawn = try #require(SVGStructure.points(polylines[1]).last)
        #expect(abs(drawn.x - last.x) <= 0.05 && abs(drawn.y - last.y) <= 0.05)
    }

    @Test func legendNamesEachRunAsText() throws {
        let svg = try #require(SVGStructure(SVGFigure.render(Self.spec, throughStep: nil, width: 1200, height: 800)))
        #expect(svg.texts.contains("sgdsgd · lr 0.001 · constant"))
        // The user's text escaped for XML, and its control characters spelled out as everywhere.
        #expect(svg.texts.contains("n\"a<g>\\nnesterov · lr 0.001 · constant"))
        #expect(svg.texts.contains("Rosenbrock <valley> & co · step 400 of 400"))
        #expect(svg.texts.contains("loss"))
    }

    /// A legend row too long for its column (a controller's settings, at the narrowest size;
    /// the rows of both runs and the marks' row) is squeezed into it; one that fits is left.
    @Test func aLongLegendRowIsSqueezedIntoItsColumn() throws {
        var spec = Self.spec
        spec.runs[1].stepSize = .controller(.polyak(Polyak(maxLR: 0.5, variant: .spsPlus)))
        let narrow = try #require(SVGStructure(SVGFigure.render(spec, throughStep: nil, width: 320, height: 320)))
        let layout = FigureLayout(width: 320, height: 320, view: spec.view, runs: 2)
        let squeezed = narrow.elements(named: "text").filter { $0.attributes["textLength"] != nil }
        #expect(squeezed.count == 3)
        for row in squeezed {
            let x = try #require(Double(row.attributes["x"]!)), length = try #require(Double(row.attributes["textLength"]!))
            #expect(row.attributes["lengthAdjust"] == "spacingAndGlyphs")
            #expect(abs(x + length - layout.legendRight) < 0.01)
        }
        let wide = try #require(SVGStructure(SVGFigure.render(Self.spec, throughStep: nil, width: 1200, height: 800)))
        #expect(wide.elements(named: "text").allSatisfy { $0.attributes["textLength"] == nil })
    }

    @Test func sameSpecSameBytes() {
        let a = SVGFigure.render(Self.spec, throughStep: 100, width: 800, height: 500)
        let b = SVGFigure.render(Self.spec, throughStep: 100, width: 800, height: 500)
        #expect(a == b)
    }

    /// The heatmap decodes to the ramp's colours: its bottom left corner, near (−2, −1), is
    /// Rosenbrock's highest loss in view (2509), the top of the ramp.
    @Test func heatmapIsTheRampInAPNG() throws {
        let projection = FigureLayout(width: 1200, height: 800, view: Self.spec.view, runs: 2).map
        let heat = HeatImage(landscape: Self.spec.landscape, over: projection, spacing: 3)
        let png = try DecodedPNG(heat.png.bytes)
        #expect(png.width == heat.field.width && png.height == heat.field.height)
        let bottom = heat.field.height - 1, position = heat.field[0, bottom]
        let corner = png.pixel(x: 0, y: bottom), top = HeatRamp.colors[HeatRamp.level(atPosition: position)]
        #expect(corner.red == Int(top.red) && corner.green == Int(top.green) && corner.blue == Int(top.blue))
        #expect(position > 0.99)
    }
}
