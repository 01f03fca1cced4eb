import DescentCore

/// The right-hand column: the scenario (and, when a run minimises more than the map shows,
/// a word on that), one block per run with its settings and where it stands at the
/// playhead, then loss and lr against the step for the visible runs.
struct SidePanel {
    let rect: Rect
    /// The scenario's name.
    let title: String
    /// The landscape and the run length.
    let subtitle: String
    let steps: Int
    /// The playhead.
    let step: Int
    /// f*, where the landscape knows it: the loss chart then shows the distance to it.
    let minimumLoss: Double?
    /// Every run, in order: one block each.
    let runs: [ShownRun]
    /// The visible runs, the selected one last: the charts' lines.
    let drawn: [ShownRun]

    static let minimumChartsHeight = 8

    func draw(_ painter: inout Painter) {
        painter.text(title, x: rect.x, y: rect.y, .accent, style: .bold, limit: rect.width)
        painter.text(subtitle, x: rect.x, y: rect.y + 1, .muted, limit: rect.width)
        var y = rect.y + 2
        for line in TextFlow.lines(ObjectiveNotice.parts(for: runs.filter(\.visible)), separator: " ", width: rect.width, measure: painter.width) {
            painter.text(line, x: rect.x, y: y, .warning, limit: rect.width, ellipsis: true)
            y += 1
        }
        y += 1
        let rows = RunRows(width: rect.width, steps: steps)
        for (run, body) in zip(runs, bodies(rows, below: y, painter)) {
            guard y + 1 + body.count <= rect.maxY else { break }
            rows.draw(run, body: body, x: rect.x, y: y, &painter)
            y += 1 + body.count
        }
        drawCharts(in: Rect(x: rect.x, y: y + 1, width: rect.width, height: rect.maxY - y - 1), &painter)
    }

    /// Each run's lines under its head line, at the most detail that leaves the charts their
    /// minimum height.
    private func bodies(_ rows: RunRows, below top: Int, _ painter: Painter) -> [[String]] {
        for detail in RunRows.Detail.allCases {
            let bodies = runs.map { rows.body(of: $0, detail, painter) }
            let height = bodies.map { 1 + $0.count }.reduce(0, +)
            if rect.maxY - top - height - 1 >= Self.minimumChartsHeight { return bodies }
        }
        return runs.map { _ in [] }
    }

    private func drawCharts(in area: Rect, _ painter: inout Painter) {
        guard area.height >= Self.minimumChartsHeight else { return }
        let lossHeight = (area.height + 1) / 2 + 1
        let offset = minimumLoss ?? lowestLoss
        let loss = LineChart(
            title: minimumLoss == nil ? "loss − lowest (log)" : "loss − f* (log)", decades: 12,
            ceiling: startingLoss.map { ($0 - offset) * 1e3 }, steps: steps, cursorStep: step)
        loss.draw(series(\.losses, minus: offset), in: Rect(x: area.x, y: area.y, width: area.width, height: lossHeight), &painter)
        let lr = LineChart(title: "lr (log)", decades: Self.lrDecades, ceiling: nil, steps: steps, cursorStep: step)
        lr.draw(series(\.rates), in: Rect(x: area.x, y: area.y + lossHeight, width: area.width, height: area.height - lossHeight), &painter)
    }

    /// Enough for a plateau's drops by ten and a line search's range of rates; below it, the
    /// lr sits on the axis (0 where a line search gave up).
    private static let lrDecades = 6.0

    /// One line per visible run: a per-sample quantity, less `offset`, at each step the run reached.
    private func series(_ quantity: KeyPath<Trajectory, [Double]>, minus offset: Double = 0) -> [LineChart.Series] {
        drawn.map { run in
            let trajectory = run.trajectory, values = trajectory[keyPath: quantity]
            return LineChart.Series(color: run.color) { steps in
                trajectory.extremes(of: values, over: steps).flatMap { extremes in
                    // inf less inf is no number, and no range: the line leaves a gap there.
                    let low = extremes.lowerBound - offset, high = extremes.upperBound - offset
                    return low <= high ? low...high : nil
                }
            }
        }
    }

    /// The highest loss a visible run starts from: the loss chart shows up to a thousand times that.
    private var startingLoss: Double? {
        drawn.map { $0.trajectory.losses[0] }.filter(\.isFinite).max()
    }

    /// Without a known minimum, loss is shown above the lowest any visible run reached.
    private var lowestLoss: Double {
        drawn.map(\.trajectory.lowestLoss).filter(\.isFinite).min() ?? 0
    }
}
