import DescentCore
import DescentPlot

/// One row per run in its colour: its label, then its optimizer, lr and what sets the lr
/// (a schedule or a controller), and where it diverged if it did; under them, what the marks
/// on the map mean.
struct Legend {
    let origin: (x: Double, y: Double)
    let runs: [RunPath]

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
            svg.text(
                spans: spans,
                ["x": c(origin.x + 30), "y": c(y)])
        }
        let y = origin.y + FigureLayout.legendRow * Double(runs.count) + 10
        svg.text("○ start   ● at the step shown   ★ known minimum", ["x": c(origin.x), "y": c(y), "fill": FigureStyle.muted])
    }
}
