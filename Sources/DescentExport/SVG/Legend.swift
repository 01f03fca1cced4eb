import DescentCore
import DescentPlot

/// One row per run in its colour: its label, then its optimizer, lr and what sets the lr
/// (a schedule or a controller), and where it diverged if it did; under them, what the marks
/// on the map mean.
struct Legend {
    let origin: (x: Double, y: Double)
    let right: Double
    let runs: [RunPath]

    /// A glyph's width in ems, on the generous side for a sans-serif face (a space is about
    /// half of that): SVG has no font metrics to wrap by, so a row that may be wider than its
    /// room is squeezed into it.
    static let glyphWidth = 0.62, spaceWidth = 0.32

    func draw(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        for (row, run) in runs.enumerated() {
            let y = origin.y + FigureLayout.legendRow * Double(row) + 10
            let color = RunColors.color(ofRun: run.index).hex
            svg.element(
                "line", ["x1": c(origin.x), "y1": c(y - 4), "x2": c(origin.x + 22), "y2": c(y - 4), "stroke": color, "stroke-width": "3"])
            let spec = run.spec
            var spans: [(String, KeyValuePairs<String, String>)] = [
                (DisplayText.clean(spec.label), ["fill": color, "font-weight": "bold"]),
                ("\(spec.optimizer.name) · lr \(spec.lr) · \(spec.stepSize)", ["dx": "8", "fill": FigureStyle.text]),
            ]
            if let step = run.divergedAt { spans.append(("diverged @\(step)", ["dx": "8", "fill": FigureStyle.danger])) }
            line(spans, x: origin.x + 30, y: y, into: &svg)
        }
        let y = origin.y + FigureLayout.legendRow * Double(runs.count) + 10
        line([("○ start   ● at the step shown   ★ known minimum", ["fill": FigureStyle.muted])], x: origin.x, y: y, into: &svg)
    }

    /// A row of text from (`x`, `y`), squeezed left of `right` if it may not fit there.
    private func line(_ spans: [(String, KeyValuePairs<String, String>)], x: Double, y: Double, into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate, room = right - x
        let ems = spans.flatMap(\.0).map { $0 == " " ? Self.spaceWidth : Self.glyphWidth }.reduce(0, +)
        let estimate = ems * Double(FigureStyle.fontSize)! + 8 * Double(spans.count - 1)
        if estimate > room {
            svg.text(spans: spans, ["x": c(x), "y": c(y), "textLength": c(room), "lengthAdjust": "spacingAndGlyphs"])
        } else {
            svg.text(spans: spans, ["x": c(x), "y": c(y)])
        }
    }
}
