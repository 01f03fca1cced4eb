import DescentCore

/// `v`: the selected run's numbers at the playhead, exactly: where it is, f and its distance
/// to f*, the gradient, the lr, the optimizer's state in PyTorch's names, the update it takes
/// from here, what the controller did, and what it has spent. A box over the map, in the top
/// corner away from the run's current point, so the point stays in sight.
struct StepInspector {
    let run: ShownRun
    /// The playhead.
    let step: Int
    /// The run at `step`; nil until the background simulation gets there.
    let inspection: StepInspection?
    /// f*, where the landscape knows it.
    let minimumLoss: Double?
    /// The map's plot, which the box stays within.
    let plot: Rect
    /// The cell of the run's current point, if it is on the map.
    let point: (x: Int, y: Int)?

    /// Enough for any double Swift prints (`-2.2250738585072014e-308`).
    private static let valueWidth = 24
    private static let gap = 2

    private struct Row {
        let label: String
        /// One value, or a vector's x and y in two columns.
        let values: [Double]
        /// Said in place of numbers (an event, or why there are none).
        var text: String?
    }

    private var rows: [Row] {
        guard let inspection else { return [Row(label: "", values: [], text: "simulating: not there yet")] }
        let sample = inspection.sample
        var rows = [
            Row(label: "x, y", values: [sample.position.x, sample.position.y]),
            Row(label: "∇f", values: [sample.gradient.x, sample.gradient.y]),
        ]
        if let update = inspection.update {
            rows.append(Row(label: "Δx", values: [update.x, update.y]))
        } else {
            rows.append(Row(label: "Δx", values: [], text: "none: the run ends here"))
        }
        rows += inspection.optimizerState.map { Row(label: $0.name, values: [$0.value.x, $0.value.y]) }
        rows.append(Row(label: "f", values: [sample.loss]))
        if let minimumLoss { rows.append(Row(label: "f − f*", values: [sample.loss - minimumLoss])) }
        rows += [
            Row(label: "|∇f|", values: [sample.gradient.norm]),
            Row(label: "lr", values: [sample.lr]),
            Row(label: "evals", values: [], text: "\(sample.evals)"),
            Row(label: "event", values: [], text: sample.event.isEmpty ? "none" : sample.event.description),
            Row(label: "status", values: [], text: "\(sample.status)"),
        ]
        return rows
    }

    func draw(_ painter: inout Painter) {
        let rows = self.rows
        let labelWidth = rows.map { painter.width($0.label) }.max()! + Self.gap
        let natural = 2 + labelWidth + 2 * Self.valueWidth + Self.gap + 2
        let width = min(natural, plot.width)
        let height = min(rows.count + 2, plot.height)
        guard width >= 20, height >= 4 else { return }
        let valueWidth = (width - 4 - labelWidth - Self.gap) / 2
        let box = Rect(x: boxX(width: width, height: height), y: plot.y, width: width, height: height)
        let optimizer = run.spec.optimizer.name
        let name = run.spec.label == optimizer ? optimizer : "\(run.spec.label) · \(optimizer)"
        let title = "\(name) · step \(step)"
        let frame = BoxFrame(rect: box, title: title, note: "v closes")
        frame.draw(&painter)
        let background = BoxFrame.background(painter)
        for (offset, row) in rows.enumerated() where offset + 2 < height {
            let y = box.y + 1 + offset, x = box.x + 2, valueX = x + labelWidth
            painter.text(row.label, x: x, y: y, .muted, background: background, limit: labelWidth - 1)
            if let text = row.text {
                painter.text(text, x: valueX, y: y, .text, background: background, limit: box.maxX - 2 - valueX, ellipsis: true)
            }
            for (column, value) in row.values.enumerated() {
                let columns = row.values.count == 1 ? 2 * valueWidth + Self.gap : valueWidth
                let text = FittedNumber.format(value, columns: columns)
                painter.text(text, x: valueX + column * (valueWidth + Self.gap), y: y, run.color, background: background, limit: columns)
            }
        }
    }

    /// The left corner, unless the run's current point is under it.
    private func boxX(width: Int, height: Int) -> Int {
        guard let point, point.x < plot.x + width, point.y < plot.y + height else { return plot.x }
        return plot.maxX - width
    }
}
