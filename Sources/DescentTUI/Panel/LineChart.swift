import Foundation

/// A small chart of one quantity against the step for several runs, on a log scale, in the
/// runs' colours: each braille dot column spans the lowest to the highest value of the steps
/// it covers, so that a value that changes every step (a bold driver's saw-tooth, the rings
/// of too much momentum) shows as the band it fills instead of aliasing into a few points.
/// Lines end at the playhead (a vertical cursor), and the value axis fits what they show
/// there, so the chart gives nothing of the future away. The top and bottom values stand in
/// a gutter; the step axis, when asked for, is labelled under the chart.
struct LineChart {
    /// One line: the lowest and highest value over a range of steps, or nil where the run has
    /// none (it stopped earlier).
    struct Series {
        let color: CellColor
        let extremes: (ClosedRange<Int>) -> ClosedRange<Double>?
    }

    let title: String
    /// How many decades below the top the axis reaches at most: a loss that reaches 0 would
    /// otherwise stretch it without end.
    let decades: Double
    /// The highest value the axis shows, if any: a diverging run then leaves through the top
    /// instead of squashing every other line to the bottom.
    let ceiling: Double?
    let axis: StepAxis
    let cursorStep: Int
    /// Label the step axis on the chart's last row.
    let labelsSteps: Bool

    static let gutter = 8

    /// Draws into `rect`: the title on its first row, the chart below.
    func draw(_ series: [Series], in rect: Rect, _ painter: inout Painter) {
        painter.text(title, x: rect.x, y: rect.y, .muted, limit: rect.width, ellipsis: true)
        let axisRows = labelsSteps ? 1 : 0
        let body = Rect(
            x: rect.x + Self.gutter, y: rect.y + 1, width: rect.width - Self.gutter, height: rect.height - 1 - axisRows)
        guard !body.isEmpty else { return }
        if labelsSteps { drawStepLabels(below: body, &painter) }
        var canvas = BrailleCanvas(columns: body.width, rows: body.height)
        let columns = canvas.dotWidth
        let sampled = series.map { line in
            (0..<columns).map { c in
                shownSteps(ofColumn: c, of: columns).flatMap(line.extremes).map {
                    (low: Self.logarithm($0.lowerBound), high: Self.logarithm($0.upperBound))
                }
            }
        }
        let cursor = Double(columns - 1) * axis.fraction(of: cursorStep)
        canvas.line(from: (cursor, 0), to: (cursor, Double(canvas.dotHeight - 1)), .accent)
        let finite = sampled.joined().compactMap { $0 }.flatMap { [$0.low, $0.high] }.filter(\.isFinite)
        guard var high = finite.max(), var low = finite.min() else {
            painter.draw(canvas, at: (body.x, body.y)) { _, _ in .terminalDefault }
            return
        }
        if let ceiling, ceiling > 0 { high = min(high, log10(ceiling)) }
        low = min(max(low, high - decades), high)
        if high - low < 1e-9 {
            high += 0.5
            low -= 0.5
        }
        // Values beyond the axis (0 from a line search that gave up, a loss that reached f*)
        // stay on its edge, where the gutter's label says how far it goes.
        func row(_ y: Double) -> Double { (high - min(max(y, low), high)) / (high - low) * Double(canvas.dotHeight - 1) }
        for (line, ranges) in zip(series, sampled) {
            for (c, range) in ranges.enumerated() {
                guard let range else { continue }
                canvas.line(from: (Double(c), row(range.high)), to: (Double(c), row(range.low)), line.color)
            }
        }
        painter.draw(canvas, at: (body.x, body.y)) { _, _ in .terminalDefault }
        let labelWidth = Self.gutter - 1
        painter.text(CompactNumber.format(pow(10, high), digits: 2), x: rect.x, y: body.y, .muted, limit: labelWidth)
        painter.text(CompactNumber.format(pow(10, low), digits: 2), x: rect.x, y: body.maxY - 1, .muted, limit: labelWidth)
    }

    /// The steps dot column c covers up to the playhead: from the previous column's step
    /// (shared, so that columns join up) to its own; nil for a column wholly after the playhead.
    private func shownSteps(ofColumn c: Int, of columns: Int) -> ClosedRange<Int>? {
        func step(_ c: Int) -> Int { Int(screen: axis.step(at: Double(c) / Double(max(columns - 1, 1))).rounded()) }
        let first = step(max(c - 1, 0))
        guard first <= cursorStep else { return nil }
        return first...min(step(c), cursorStep)
    }

    /// 0 at the left, the run length at the right, and as many round steps between as fit
    /// with a space either side, each centred under its column.
    private func drawStepLabels(below body: Rect, _ painter: inout Painter) {
        var taken: [ClosedRange<Int>] = []
        for tick in axis.ticks {
            let label = CompactNumber.format(Double(tick)), width = painter.width(label)
            let center = body.x + Int(screen: (Double(body.width - 1) * axis.fraction(of: tick)).rounded())
            let x = min(max(center - width / 2, body.x), body.maxX - width)
            let span = (x - 1)...(x + width)
            guard x >= body.x, !taken.contains(where: { $0.overlaps(span) }) else { continue }
            taken.append(span)
            painter.text(label, x: x, y: body.maxY, .muted)
        }
    }

    /// Log10, with −∞ for values at or below zero.
    private static func logarithm(_ value: Double) -> Double { value > 0 ? log10(value) : -.infinity }
}
