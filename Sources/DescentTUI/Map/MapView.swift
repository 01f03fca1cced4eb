import DescentCore

/// The landscape with the runs on it: heatmap, axis labels, paths at braille resolution and
/// the marks on top (minima, starts, current points, arrows at the edge, the cursor).
struct MapView {
    /// The plot and its tick labels.
    let layout: ScreenLayout
    let heat: HeatField
    /// The tick labels for the heatmap's projection.
    let axes: MapAxisLabels
    /// The visible runs, the selected one last so that it is on top.
    let runs: [ShownRun]
    let minima: [Vector2]
    let cursor: Vector2?
    /// Steps of each path drawn behind its current point, the older half faded; nil for all.
    let trail: Int?
    /// How far the view is zoomed in from the scenario's (or the landscape's) own view.
    let zoom: Double

    var projection: MapProjection { heat.key.projection }
    var plot: Rect { layout.plot }

    func draw(_ painter: inout Painter) {
        let shading = HeatShading(heat: heat, capabilities: painter.capabilities, glyphs: painter.glyphs)
        for row in 0..<plot.height {
            for column in 0..<plot.width { painter.grid[plot.x + column, plot.y + row] = shading.cell(column: column, row: row) }
        }
        drawTicks(&painter)
        HeatLegend(rect: layout.legend, shading: shading, titleRow: layout.xTicks.y).draw(&painter)
        let paths = tracePaths()
        painter.draw(paths.faded, at: (plot.x, plot.y), style: .dim, background: shading.background)
        painter.draw(paths.recent, at: (plot.x, plot.y), background: shading.background)
        MapMarks(projection: projection, shading: shading, runs: runs, minima: minima, cursor: cursor).draw(&painter)
        drawOffsetCaption(&painter)
    }

    /// Tick labels on both axes, and the zoom in the corner between them.
    private func drawTicks(_ painter: inout Painter) {
        axes.draw(layout, &painter)
        painter.text("×" + CompactNumber.format(zoom, digits: 2), x: 0, y: layout.xTicks.y, .accent, limit: layout.yTicks.width - 1)
    }

    /// Deep in a zoom, where tick labels are offsets, what they are offsets from, by the axis
    /// they belong to: on top of everything, since the labels cannot be read without it.
    private func drawOffsetCaption(_ painter: inout Painter) {
        for (axis, base, row) in [("x", axes.x.baseLabel, plot.maxY - 1), ("y", axes.y.baseLabel, plot.y)] {
            guard let base else { continue }
            painter.text(" \(axis) − \(base) ", x: plot.x, y: row, .text, background: .panel, limit: plot.width)
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
        }
        // Over every path, so that no path hides where a run is pushed.
        for run in runs where run.showsIndicators {
            guard let arrow = GradientArrow(trajectory: run.trajectory, sample: run.sample, projection: projection) else { continue }
            canvas.line(from: arrow.from, to: arrow.to, GradientArrow.color, every: GradientArrow.dotSpacing)
        }
        return (faded, canvas)
    }
}
