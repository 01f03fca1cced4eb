@testable import DescentCore
import Foundation
import Testing

@testable import DescentTUI

/// Tick labels as drawn, at any zoom and pan: each reads as a number, they increase along the
/// axis (so no two are alike), and none runs into the next.
@Suite struct AxisTickTests {
    /// The labels of a frame's x tick row (left to right) and y tick column (bottom to top),
    /// with the base each axis's labels are offsets from (0 without one).
    func labels(_ app: DescentApp, _ grid: CellGrid) -> (x: [String], y: [String], base: (x: Double, y: Double)) {
        let layout = app.layout
        let x = grid.line(layout.xTicks.y).unicodeScalars.dropFirst(layout.plot.x).prefix(layout.plot.width)
        let y = (layout.plot.y..<layout.plot.maxY).reversed().map { row in
            String(grid.line(row).prefix(layout.yTicks.width)).trimmingCharacters(in: .whitespaces)
        }
        // Deep in a zoom the plot's bottom and top rows name the bases: " x − 1.0000005 ", " y − 2 ".
        var base = (x: 0.0, y: 0.0)
        for row in [layout.plot.y, layout.plot.maxY - 1] {
            let words = grid.line(row).dropFirst(layout.plot.x).split(separator: " ")
            guard words.count >= 3, words[1] == "−", let value = Double(words[2]) else { continue }
            if words[0] == "x" { base.x = value } else if words[0] == "y" { base.y = value }
        }
        return (String(String.UnicodeScalarView(x)).split(separator: " ").map(String.init), y.filter { !$0.isEmpty }, base)
    }

    func expectReadable(
        _ labels: [String], base: Double, within range: ClosedRange<Double>, fewest: Int = 2, _ what: String
    ) {
        let values = labels.compactMap(Double.init)
        #expect(values.count == labels.count, "\(what): \(labels) are not all numbers")
        #expect(values.count >= fewest, "\(what): \(labels) are fewer than \(fewest)")
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 }, "\(what): \(labels) do not increase")
        let slack = (range.upperBound - range.lowerBound) * 0.05
        #expect(
            values.allSatisfy { (range.lowerBound - slack)...(range.upperBound + slack) ~= $0 + base },
            "\(what): \(labels) + \(base) outside \(range)")
    }

    /// The finding: at ×29 around Rosenbrock's minimum the labels read "1 1 1 … 0.999".
    @Test func labelsAroundTheMinimumZoomedIn() {
        var app = Fixtures.app()
        app.viewBox = ViewBox(x: 0.9995...1.0005, y: 0.9995...1.0005)
        app.refreshDerivedData()
        let grid = app.frame(), shown = labels(app, grid)
        expectReadable(shown.x, base: shown.base.x, within: app.projection.visible.x, "x")
        expectReadable(shown.y, base: shown.base.y, within: app.projection.visible.y, "y")
    }

    /// Seeded views from the landscape's box down to the narrowest span that can be shown, near
    /// the origin and far from it, at the smallest terminal (where a long label may stand alone),
    /// a classic one and a wide one.
    @Test(arguments: [(80, 24), (60, 16), (200, 60)])
    func labelsAtAnyZoomAndPan(width: Int, height: Int) {
        var random = SplitMix64(seed: 8)
        var app = Fixtures.app(width: width, height: height)
        for _ in 0..<60 {
            let magnitude = pow(10, Double.random(in: -3...9, using: &random))
            let center = Vector2(
                Double.random(in: -1...1, using: &random) * magnitude, Double.random(in: -1...1, using: &random) * magnitude)
            let span = max(1, magnitude) * pow(10, Double.random(in: -8.9...0.5, using: &random))
            app.viewBox = ViewBox(
                x: (center.x - span / 2)...(center.x + span / 2), y: (center.y - span / 2)...(center.y + span / 2)
            ).clamped
            app.refreshDerivedData()
            let grid = app.frame(width: width, height: height), shown = labels(app, grid)
            let visible = app.projection.visible, fewest = width < 80 ? 1 : 2
            expectReadable(shown.x, base: shown.base.x, within: visible.x, fewest: fewest, "x at \(app.viewBox)")
            expectReadable(shown.y, base: shown.base.y, within: visible.y, fewest: fewest, "y at \(app.viewBox)")
        }
    }

    @Test func theZoomIsShownInTheCorner() {
        var app = Fixtures.app(width: 80, height: 24)
        let corner = { (app: DescentApp) in String(app.frame(width: 80, height: 24).line(app.layout.xTicks.y).prefix(6)) }
        #expect(corner(app).hasPrefix("×1 "))
        for _ in 0..<10 { app.type("+") }
        let zoom = MapProjection(view: app.landscapeView, plot: app.layout.plot).scale / app.projection.scale
        #expect(corner(app).hasPrefix("×" + CompactNumber.format(zoom, digits: 2)))
        #expect(zoom > 5)
    }
}
