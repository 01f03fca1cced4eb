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
    /// The charts' step axis.
    let axis: StepAxis
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
        painter.text(title, x: rect.x, y: rect.y, .accent, style: .bold, limit: rect.width, ellipsis: true)
        painter.text(subtitle, x: rect.x, y: rect.y + 1, .muted, limit: rect.width, ellipsis: true)
        var y = rect.y + 2
        for line in TextFlow.lines(ObjectiveNotice.parts(for: runs.filter(\.visible)), separator: " ", width: rect.width, measure: painter.width) {
            painter.text(line, x: rect.x, y: y, .warning, limit: rect.width, ellipsis: true)
            y += 1
        }
        y += 1
        let rows = RunRows(width: rect.width)
        let bodies = bodies(rows, below: y, painter)
        for index in shownRuns(bodies, below: y) {
            rows.draw(runs[index], body: bodies[index], x: rect.x, y: y, &painter)
            y += 1 + bodies[index].count
        }
        drawCharts(in: Rect(x: rect.x, y: y + 1, width: rect.width, height: rect.maxY - y - 1), &painter)
    }

    /// How much the selected run's block and the others show, from most to least: with many
    /// runs the others shrink to a line each while the selected one keeps its numbers.
    private static let details: [(selected: RunRows.Detail, others: RunRows.Detail)] = [
        (.detailed, .detailed), (.full, .full), (.detailed, .compact), (.full, .compact),
    ]

    /// Each run's lines under its head line, at the most detail that leaves the charts their
    /// minimum height (or, when nothing does, the least, without charts).
    private func bodies(_ rows: RunRows, below top: Int, _ painter: Painter) -> [[String]] {
        var bodies: [[String]] = []
        for detail in Self.details {
            bodies = runs.map { rows.body(of: $0, $0.selected ? detail.selected : detail.others, painter) }
            let height = bodies.map { 1 + $0.count }.reduce(0, +)
            if rect.maxY - top - height - 1 >= Self.minimumChartsHeight { break }
        }
        return bodies
    }

    /// The runs whose blocks fit below `top`, in order: from the first, or, when the
    /// selected run's block would not fit that way, from the first that lets it.
    private func shownRuns(_ bodies: [[String]], below top: Int) -> Range<Int> {
        let heights = bodies.map { 1 + $0.count }, room = rect.maxY - top
        let selected = runs.firstIndex(where: \.selected) ?? 0
        var first = 0
        while first < selected, heights[first...selected].reduce(0, +) > room { first += 1 }
        var end = first, used = 0
        while end < runs.count, used + heights[end] <= room {
            used += heights[end]
            end += 1
        }
        return first..<end
    }

    private func drawCharts(in area: Rect, _ painter: inout Painter) {
        guard area.height >= Self.minimumChartsHeight else { return }
        let lossHeight = (area.height + 1) / 2 + 1
        let offset = minimumLoss ?? lowestLoss
        let loss = LineChart(
            title: minimumLoss == nil ? "loss − lowest (log)" : "loss − f* (log)", decades: 12,
            ceiling: startingLoss.map { ($0 - offset) * 1e3 }, axis: axis, cursorStep: step, labelsSteps: false)
        loss.draw(series(\.losses, minus: offset), in: Rect(x: area.x, y: area.y, width: area.width, height: lossHeight), &painter)
        // The step axis is labelled once, under the last chart: both share it.
        let lr = LineChart(
            title: "lr (log)", decades: Self.lrDecades, ceiling: nil, axis: axis, cursorStep: step, labelsSteps: true)
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
