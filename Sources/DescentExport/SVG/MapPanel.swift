#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DescentCore
import DescentPlot

/// The landscape with the runs on it: heatmap, iso-lines, each run's path at every sample,
/// its start (a ring) and where it is (a dot), the known minima (stars), and the axes.
struct MapPanel {
    let map: PlotProjection
    /// What the map shows, which its axes span.
    let view: ViewBox
    let heat: HeatImage
    let runs: [RunPath]
    let minima: [Vector2]

    func draw(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        svg.begin("defs")
        svg.begin("clipPath", ["id": "map"])
        svg.element("rect", ["x": c(map.left), "y": c(map.top), "width": c(map.width), "height": c(map.height)])
        svg.close()
        svg.close()
        svg.element(
            "image",
            [
                "x": c(map.left), "y": c(map.top), "width": c(map.width), "height": c(map.height),
                "preserveAspectRatio": "none", "xlink:href": "data:image/png;base64," + Base64.encode(heat.png.bytes),
            ])
        svg.begin("g", ["clip-path": "url(#map)", "fill": "none", "stroke-linejoin": "round", "stroke-linecap": "round"])
        for lines in heat.contours where !lines.isEmpty {
            svg.element("path", ["d": Self.path(lines), "stroke": "#ffffff", "stroke-opacity": "0.35", "stroke-width": "0.8"])
        }
        for run in runs {
            let points = run.positions.filter(\.isFinite).map(map.picture)
            svg.element(
                "polyline",
                [
                    "points": points.map { "\(c($0.x)),\(c($0.y))" }.joined(separator: " "),
                    "stroke": RunColors.color(ofRun: run.index).hex, "stroke-width": "1.6",
                ])
        }
        drawMarks(into: &svg)
        svg.close()
        drawAxes(into: &svg)
    }

    /// Lines as path data, a closed one ending in `Z`, each point at least `spacing` pixels
    /// from the one before (and the last): an iso-line crosses a grid cell every pixel or two,
    /// far more points than its curve needs.
    private static func path(_ lines: [[Vector2]], spacing: Double = 3) -> String {
        let c = FixedDecimal.coordinate
        return lines.map { all in
            var line = [all[0]]
            for (i, point) in all.enumerated().dropFirst() where i == all.count - 1 || (point - line[line.count - 1]).norm >= spacing {
                line.append(point)
            }
            let closed = line.count > 2 && line.first == line.last
            let shown = closed ? line.dropLast() : line[...]
            return "M" + shown.map { "\(c($0.x)) \(c($0.y))" }.joined(separator: " L") + (closed ? "Z" : "")
        }.joined(separator: " ")
    }

    private func drawMarks(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        for minimum in minima {
            let p = map.picture(minimum)
            svg.element("polygon", ["points": Self.star(at: p), "fill": FigureStyle.text, "stroke": FigureStyle.background])
        }
        for run in runs {
            let color = RunColors.color(ofRun: run.index).hex
            if let start = run.positions.first, start.isFinite {
                let p = map.picture(start)
                svg.element("circle", ["cx": c(p.x), "cy": c(p.y), "r": "4.5", "stroke": color, "stroke-width": "2"])
            }
            if let current = run.current {
                let p = map.picture(current)
                svg.element(
                    "circle",
                    ["cx": c(p.x), "cy": c(p.y), "r": "5", "fill": color, "stroke": FigureStyle.background, "stroke-width": "1.5"])
            }
        }
    }

    /// A five-pointed star around `centre`, 7 pixels to its tips.
    private static func star(at centre: Vector2) -> String {
        (0..<10).map { k in
            let radius = k % 2 == 0 ? 7.0 : 3.0, angle = Double(k) * Double.pi / 5
            let x = centre.x + radius * sin(angle), y = centre.y - radius * cos(angle)
            return "\(FixedDecimal.coordinate(x)),\(FixedDecimal.coordinate(y))"
        }.joined(separator: " ")
    }

    /// A frame, ticks on the left and bottom edges with their values, and the axes' names.
    private func drawAxes(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        let bottom = map.top + map.height, right = map.left + map.width
        svg.element(
            "rect",
            ["x": c(map.left), "y": c(map.top), "width": c(map.width), "height": c(map.height), "fill": "none",
             "stroke": FigureStyle.muted])
        let xCount = max(2, Int(map.width / 90)), yCount = max(2, Int(map.height / 70))
        let xStep = TickValues.step(in: view.x, count: xCount) ?? 1, yStep = TickValues.step(in: view.y, count: yCount) ?? 1
        for value in TickValues.values(in: view.x, count: xCount) {
            let x = map.picture(Vector2(value, view.y.lowerBound)).x
            svg.element("line", ["x1": c(x), "y1": c(bottom), "x2": c(x), "y2": c(bottom + 5), "stroke": FigureStyle.muted])
            svg.text(
                FixedDecimal.tick(value, step: xStep),
                ["x": c(x), "y": c(bottom + 19), "text-anchor": "middle", "fill": FigureStyle.muted])
        }
        for value in TickValues.values(in: view.y, count: yCount) {
            let y = map.picture(Vector2(view.x.lowerBound, value)).y
            svg.element("line", ["x1": c(map.left - 5), "y1": c(y), "x2": c(map.left), "y2": c(y), "stroke": FigureStyle.muted])
            svg.text(
                FixedDecimal.tick(value, step: yStep),
                ["x": c(map.left - 8), "y": c(y + 4), "text-anchor": "end", "fill": FigureStyle.muted])
        }
        svg.text("x", ["x": c(right), "y": c(bottom + 36), "text-anchor": "end", "fill": FigureStyle.text])
        svg.text("y", ["x": c(map.left - 8), "y": c(map.top - 10), "text-anchor": "end", "fill": FigureStyle.text])
    }
}
