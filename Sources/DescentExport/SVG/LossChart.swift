#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DescentPlot

/// Loss against step for every run on a log scale, in the runs' colours, up to the step
/// shown (a dashed line). Each pixel column spans the lowest to the highest loss of the
/// steps it covers, as the terminal's chart does: a loss that changes every step shows as
/// the band it fills, and a million steps cost no more than the chart's width.
struct LossChart {
    let box: Box
    let runs: [RunPath]
    /// The run length: the step at the right edge.
    let steps: Int
    let shownStep: Int

    /// How many decades under the highest loss the axis reaches at most: a loss that reaches
    /// 0 would stretch it without end.
    static let decades = 16.0
    /// How far above the highest start the axis goes: a diverging run leaves through the top.
    static let headroom = 3.0

    func draw(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        svg.text("loss (log scale) by step", ["x": c(box.x), "y": c(box.y - 10), "fill": FigureStyle.text])
        svg.element(
            "rect",
            ["x": c(box.x), "y": c(box.y), "width": c(box.width), "height": c(box.height), "fill": "none",
             "stroke": FigureStyle.muted])
        let (low, high) = range()
        drawStepTicks(into: &svg)
        drawLossTicks(low: low, high: high, into: &svg)
        let cursor = x(ofStep: shownStep)
        svg.element(
            "line",
            ["x1": c(cursor), "y1": c(box.y), "x2": c(cursor), "y2": c(box.maxY), "stroke": FigureStyle.accent,
             "stroke-dasharray": "4 3"])
        svg.begin("g", ["fill": "none", "stroke-width": "1.4", "stroke-linejoin": "round"])
        for run in runs {
            let points = band(of: run).flatMap { column, lowest, highest in
                let a = "\(c(column)),\(c(y(ofLog: highest, low, high)))", b = "\(c(column)),\(c(y(ofLog: lowest, low, high)))"
                return a == b ? [a] : [a, b]
            }
            svg.element(
                "polyline", ["points": points.joined(separator: " "), "stroke": RunColors.color(ofRun: run.index).hex])
        }
        svg.close()
    }

    private func x(ofStep step: Int) -> Double {
        box.x + (steps > 0 ? Double(step) / Double(steps) : 0) * box.width
    }

    private func y(ofLog value: Double, _ low: Double, _ high: Double) -> Double {
        box.y + (high - min(max(value, low), high)) / (high - low) * box.height
    }

    /// The axis in log10 of the loss: the losses shown, under a ceiling `headroom` decades over
    /// the highest start, at most `decades` deep.
    private func range() -> (low: Double, high: Double) {
        let logs = runs.flatMap { $0.losses.filter { $0 > 0 && $0.isFinite }.map(log10) }
        let starts = runs.compactMap { $0.losses.first }.filter { $0 > 0 && $0.isFinite }.map(log10)
        guard var high = logs.max(), var low = logs.min() else { return (-1, 1) }
        if let ceiling = starts.max() { high = min(high, ceiling + Self.headroom) }
        low = min(max(low, high - Self.decades), high)
        return high - low < 1e-9 ? (low - 0.5, high + 0.5) : (low, high)
    }

    /// Per pixel column of the samples, its x and the least and greatest log loss there, up
    /// to the first loss that is not a number (a diverged run ends there).
    private func band(of run: RunPath) -> [(x: Double, lowest: Double, highest: Double)] {
        var columns: [(x: Double, lowest: Double, highest: Double)] = []
        var current = -1
        for (step, loss) in zip(run.steps, run.losses) {
            guard !loss.isNaN else { break }
            let value = loss > 0 ? log10(loss) : -Double.infinity, column = Int(x(ofStep: step) - box.x)
            if column != current {
                columns.append((box.x + Double(column), value, value))
                current = column
            } else {
                columns[columns.count - 1].lowest = min(columns[columns.count - 1].lowest, value)
                columns[columns.count - 1].highest = max(columns[columns.count - 1].highest, value)
            }
        }
        return columns
    }

    private func drawStepTicks(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate, range = 0...Double(max(steps, 1)), count = max(2, Int(box.width / 100))
        let step = TickValues.step(in: range, count: count) ?? 1
        for value in TickValues.values(in: range, count: count) {
            let x = box.x + value / range.upperBound * box.width
            svg.element("line", ["x1": c(x), "y1": c(box.maxY), "x2": c(x), "y2": c(box.maxY + 5), "stroke": FigureStyle.muted])
            svg.text(
                FixedDecimal.tick(value, step: step),
                ["x": c(x), "y": c(box.maxY + 19), "text-anchor": "middle", "fill": FigureStyle.muted])
        }
        svg.text("step", ["x": c(box.maxX), "y": c(box.maxY + 36), "text-anchor": "end", "fill": FigureStyle.text])
    }

    /// A tick at each power of ten on the axis, every second or fifth one where they crowd.
    private func drawLossTicks(low: Double, high: Double, into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        let first = Int(low.rounded(.up)), last = Int(high.rounded(.down))
        guard first <= last else { return }
        let room = max(1, Int(box.height / 22))
        let every = [1, 2, 5, 10].first { (last - first) / $0 < room } ?? 20
        for exponent in stride(from: first, through: last, by: 1) where exponent % every == 0 {
            let y = y(ofLog: Double(exponent), low, high)
            svg.element("line", ["x1": c(box.x - 5), "y1": c(y), "x2": c(box.x), "y2": c(y), "stroke": FigureStyle.muted])
            svg.text(
                SignificantDigits.format(pow(10, Double(exponent)), digits: 1),
                ["x": c(box.x - 8), "y": c(y + 4), "text-anchor": "end", "fill": FigureStyle.muted])
        }
    }
}
