import DescentCore

/// The landscape with the runs on it: heatmap, axis labels, paths at braille resolution and
/// the marks on top (minima, starts, current points, arrows at the edge, the cursor).
struct MapView {
    let app: DescentApp
    let layout: ScreenLayout
    let heat: HeatField

    var projection: MapProjection { heat.key.projection }
    var plot: Rect { layout.plot }

    func draw(_ painter: inout Painter) {
        let shading = HeatShading(heat: heat, capabilities: painter.capabilities, glyphs: painter.glyphs)
        for row in 0..<plot.height {
            for column in 0..<plot.width { painter.grid[plot.x + column, plot.y + row] = shading.cell(column: column, row: row) }
        }
        drawTicks(&painter)
        painter.draw(tracePaths(), at: (plot.x, plot.y), background: shading.background)
        MapMarks(app: app, projection: projection, shading: shading).draw(&painter)
    }

    private func drawTicks(_ painter: inout Painter) {
        let visible = projection.visible
        for value in AxisTicks.values(in: visible.x, count: max(1, plot.width / 12)) {
            let label = CompactNumber.format(value)
            let center = plot.x + Int((value - visible.x.lowerBound) / projection.scale)
            let start = min(max(center - painter.width(label) / 2, plot.x), plot.maxX - painter.width(label))
            painter.text(label, x: start, y: layout.xTicks.y, .muted)
        }
        for value in AxisTicks.values(in: visible.y, count: max(1, plot.height / 5)) {
            let label = CompactNumber.format(value)
            let row = plot.y + Int((visible.y.upperBound - value) / (2 * projection.scale))
            let width = min(painter.width(label), layout.yTicks.width - 1)
            painter.text(label, x: layout.yTicks.maxX - 1 - width, y: min(row, plot.maxY - 1), .muted, limit: width)
        }
    }

    /// Every visible run up to the playhead, the selected one last so that it is on top.
    private func tracePaths() -> BrailleCanvas {
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
        for index in app.drawingOrder {
            let trajectory = app.runs[index].trajectory
            let last = trajectory.index(atStep: app.playback.step)
            var previous = projection.dot(trajectory.positions[0])
            canvas.line(from: previous, to: previous, .run(index))
            for i in stride(from: 1, through: last, by: 1) {
                let next = projection.dot(trajectory.positions[i])
                // Long runs crawl: most samples fall on the dot already drawn.
                if next.x.rounded() != previous.x.rounded() || next.y.rounded() != previous.y.rounded() {
                    canvas.line(from: previous, to: next, .run(index))
                    previous = next
                }
            }
            if app.runs[index].showsIndicators,
                let arrow = GradientArrow(trajectory: trajectory, sample: last, projection: projection)
            {
                canvas.line(from: arrow.from, to: arrow.to, .run(index))
            }
        }
        return canvas
    }
}

extension DescentApp {
    /// Visible runs, the selected one last (drawn on top).
    var drawingOrder: [Int] {
        runs.indices.filter { runs[$0].visible && $0 != selected } + (runs[selected].visible ? [selected] : [])
    }
}
