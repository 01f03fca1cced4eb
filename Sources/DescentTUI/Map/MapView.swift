import DescentCore

/// The landscape with the runs on it: heatmap, axis labels, paths at braille resolution and
/// the marks on top (minima, starts, current points, arrows at the edge, the cursor).
struct MapView {
    /// The plot and its tick labels.
    let layout: ScreenLayout
    let heat: HeatField
    /// The visible runs, the selected one last so that it is on top.
    let runs: [ShownRun]
    let minima: [Vector2]
    let cursor: Vector2?
    /// Steps of each path drawn behind its current point, the older half faded; nil for all.
    let trail: Int?

    var projection: MapProjection { heat.key.projection }
    var plot: Rect { layout.plot }

    func draw(_ painter: inout Painter) {
        let shading = HeatShading(heat: heat, capabilities: painter.capabilities, glyphs: painter.glyphs)
        for row in 0..<plot.height {
            for column in 0..<plot.width { painter.grid[plot.x + column, plot.y + row] = shading.cell(column: column, row: row) }
        }
        drawTicks(&painter)
        let paths = tracePaths()
        painter.draw(paths.faded, at: (plot.x, plot.y), style: .dim, background: shading.background)
        painter.draw(paths.recent, at: (plot.x, plot.y), background: shading.background)
        MapMarks(projection: projection, shading: shading, runs: runs, minima: minima, cursor: cursor).draw(&painter)
    }

    private func drawTicks(_ painter: inout Painter) {
        let visible = projection.visible
        for value in AxisTicks.values(in: visible.x, count: max(1, plot.width / 12)) {
            let label = CompactNumber.format(value)
            let center = plot.x + Int(screen: (value - visible.x.lowerBound) / projection.scale)
            let start = min(max(center - painter.width(label) / 2, plot.x), plot.maxX - painter.width(label))
            painter.text(label, x: start, y: layout.xTicks.y, .muted)
        }
        for value in AxisTicks.values(in: visible.y, count: max(1, plot.height / 5)) {
            let label = CompactNumber.format(value)
            let row = plot.y + Int(screen: (visible.y.upperBound - value) / (2 * projection.scale))
            let width = min(painter.width(label), layout.yTicks.width - 1)
            painter.text(label, x: layout.yTicks.maxX - 1 - width, y: min(row, plot.maxY - 1), .muted, limit: width)
        }
    }

    /// Every run up to the playhead, or with a trail only its latest steps: the newer half on
    /// `recent`, the older on `faded`, drawn under it.
    private func tracePaths() -> (faded: BrailleCanvas, recent: BrailleCanvas) {
        var faded = BrailleCanvas(columns: plot.width, rows: plot.height)
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
        for run in runs {
            let trajectory = run.trajectory, last = run.sample
            let step = trajectory.step(ofSample: last)
            let first = trail.map { trajectory.index(atStep: max(0, step - $0)) } ?? 0
            let fadedThrough = trail.map { trajectory.index(atStep: max(0, step - $0 / 2)) } ?? 0
            var previous = projection.dot(trajectory.positions[first])
            if first + 1 <= fadedThrough {
                faded.line(from: previous, to: previous, run.color)
            } else {
                canvas.line(from: previous, to: previous, run.color)
            }
            for i in stride(from: first + 1, through: last, by: 1) {
                let next = projection.dot(trajectory.positions[i])
                // Long runs crawl: most samples fall on the dot already drawn.
                if next.x.rounded() != previous.x.rounded() || next.y.rounded() != previous.y.rounded() {
                    if i <= fadedThrough {
                        faded.line(from: previous, to: next, run.color)
                    } else {
                        canvas.line(from: previous, to: next, run.color)
                    }
                    previous = next
                }
            }
            if run.showsIndicators, let arrow = GradientArrow(trajectory: trajectory, sample: last, projection: projection) {
                canvas.line(from: arrow.from, to: arrow.to, run.color)
            }
        }
        return (faded, canvas)
    }
}
