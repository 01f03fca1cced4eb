import DescentCore
import Foundation

/// The glyphs drawn over heatmap and paths: the controllers' decisions, known minima, each
/// run's start and current point (or an arrow at the edge where it left the view), the `i`
/// indicators, `diverged @k` and the cursor, each over what it matters more than.
struct MapMarks {
    let projection: MapProjection
    let shading: HeatShading
    /// The visible runs, the selected one last.
    let runs: [ShownRun]
    let minima: [Vector2]
    let cursor: Vector2?

    var plot: Rect { projection.plot }

    func draw(_ painter: inout Painter) {
        drawEvents(&painter)
        for minimum in minima { drawMinimum(at: minimum, &painter) }
        for run in runs {
            mark(painter.glyphs.start, at: run.trajectory.positions[0], run.color, style: run.style, &painter)
        }
        for (run, cell) in zip(runs, headCells()) { drawHead(of: run, at: cell, &painter) }
        if let cursor { mark(painter.glyphs.cursor, at: cursor, .accent, style: .bold, &painter) }
    }

    /// A known minimum: a bright ★ on a dark tile two cells wide (half blocks either side), which
    /// stands out on every level of the ramp, dark purple included, where a minimum always sits.
    private func drawMinimum(at point: Vector2, _ painter: inout Painter) {
        guard let cell = projection.cell(point) else { return }
        guard painter.colorful else {
            put(painter.glyphs.minimum, cell.x, cell.y, .text, .bold, &painter)
            return
        }
        painter.put(painter.glyphs.minimum, x: cell.x, y: cell.y, .text, background: .panel, style: .bold)
        guard painter.capabilities.unicode else { return }
        for (x, glyph) in [(cell.x - 1, "▐" as Unicode.Scalar), (cell.x + 1, "▌")] {
            put(glyph, x, cell.y, .panel, [], &painter)
        }
    }

    /// Up to the playhead: ↺ where the momentum was zeroed (adaptive restart, or a line search
    /// that found it pointing uphill), ✗ where the bold driver took a step back. One mark per
    /// cell, the selected run's first, so that a thousand restarts in a valley leave the path
    /// readable.
    private func drawEvents(_ painter: inout Painter) {
        var taken = [Bool](repeating: false, count: plot.width * plot.height)
        for run in runs.reversed() {
            let trajectory = run.trajectory
            for logged in trajectory.events(through: run.sample) {
                let event = logged.event
                guard event.stepUndone || event.restarted, let cell = projection.cell(trajectory.positions[logged.sample]) else {
                    continue
                }
                let i = (cell.y - plot.y) * plot.width + cell.x - plot.x
                guard !taken[i] else { continue }
                taken[i] = true
                let glyph = event.stepUndone ? painter.glyphs.undoneStep : painter.glyphs.restart
                put(glyph, cell.x, cell.y, run.color, run.style, &painter)
            }
        }
    }

    /// Where each run's number marks its current point: its cell, or when a run drawn later
    /// (the selected one is last) holds that cell, the nearest free one beside it, so that
    /// runs on the same spot read as `23` rather than one hiding the other. A number moved
    /// aside does not cover a minimum's star. Nil out of view.
    private func headCells() -> [(x: Int, y: Int)?] {
        func key(_ cell: (x: Int, y: Int)) -> Int { cell.y * plot.maxX + cell.x }
        let stars = Set(minima.compactMap(projection.cell).map(key))
        var taken = Set<Int>()
        var cells = [(x: Int, y: Int)?](repeating: nil, count: runs.count)
        for (index, run) in runs.enumerated().reversed() {
            guard let cell = projection.cell(run.trajectory.positions[run.sample]) else { continue }
            let free = [0, 1, -1, 2, -2].lazy.map { (x: cell.x + $0, y: cell.y) }.first {
                plot.contains(x: $0.x, y: $0.y) && !taken.contains(key($0)) && ($0.x == cell.x || !stars.contains(key($0)))
            }
            let placed = free ?? cell
            taken.insert(key(placed))
            cells[index] = placed
        }
        return cells
    }

    /// The current point (as the run's number at `cell`), its indicators, and what became of
    /// a run that left the view or diverged.
    private func drawHead(of run: ShownRun, at cell: (x: Int, y: Int)?, _ painter: inout Painter) {
        let trajectory = run.trajectory, sample = run.sample
        var anchor = cell
        if let cell {
            // The selected run's number in reverse, a block of its colour: found at a glance.
            put(painter.glyphs.run(run.index), cell.x, cell.y, run.color, run.selected ? [.bold, .reverse] : .bold, &painter)
        } else if let edge = edgeCell(towards: lastFinite(trajectory, upTo: sample)) {
            put(painter.glyphs.arrow(angle: edge.angle), edge.x, edge.y, run.color, .bold, &painter)
            anchor = (edge.x, edge.y)
        }
        if run.showsIndicators { drawIndicators(of: run, besides: anchor, &painter) }
        if trajectory.diverged, sample == trajectory.count - 1, let anchor {
            label("diverged @\(trajectory.lastStep)", beside: anchor, .danger, &painter)
        }
    }

    /// The arrowhead of −∇f and Nesterov's look-ahead, each only where it does not cover the
    /// current point (`head`), which matters more.
    private func drawIndicators(of run: ShownRun, besides head: (x: Int, y: Int)?, _ painter: inout Painter) {
        let trajectory = run.trajectory, sample = run.sample
        if let arrow = GradientArrow(trajectory: trajectory, sample: sample, projection: projection) {
            let tip = (x: plot.x + Int(screen: arrow.to.x.rounded()) / 2, y: plot.y + Int(screen: arrow.to.y.rounded()) / 4)
            if plot.contains(x: tip.x, y: tip.y), tip.x != head?.x || tip.y != head?.y {
                put(painter.glyphs.arrow(angle: arrow.angle), tip.x, tip.y, GradientArrow.color, .bold, &painter)
            }
        }
        // Where the optimizer takes its next gradient, when elsewhere (Nesterov's look-ahead).
        // Only meaningful when every step is kept (stride 1).
        if trajectory.stride == 1, sample > 0,
           let lookAhead = run.spec.optimizer.lookAhead(
               from: trajectory.positions[sample], previous: trajectory.positions[sample - 1]) {
            if let cell = projection.cell(lookAhead), cell.x != head?.x || cell.y != head?.y {
                put(painter.glyphs.lookAhead, cell.x, cell.y, run.color, .bold, &painter)
            }
        }
    }

    /// Where a run that left the view went: the last point it reached that is a number.
    private func lastFinite(_ trajectory: Trajectory, upTo sample: Int) -> Vector2 {
        var i = sample
        while i > 0 && !trajectory.positions[i].isFinite { i -= 1 }
        return trajectory.positions[i]
    }

    /// The cell on the plot's border on the way from its centre towards `point`.
    private func edgeCell(towards point: Vector2) -> (x: Int, y: Int, angle: Double)? {
        let target = projection.dot(point)
        let width = Double(plot.width * 2), height = Double(plot.height * 4)
        let dx = target.x - width / 2, dy = target.y - height / 2
        guard dx.isFinite, dy.isFinite, dx != 0 || dy != 0 else { return nil }
        let tx = dx == 0 ? Double.infinity : ((dx > 0 ? width - 1 : 0) - width / 2) / dx
        let ty = dy == 0 ? Double.infinity : ((dy > 0 ? height - 1 : 0) - height / 2) / dy
        let t = min(tx, ty)
        let x = plot.x + Int(screen: width / 2 + t * dx) / 2, y = plot.y + Int(screen: height / 2 + t * dy) / 4
        return (min(max(x, plot.x), plot.maxX - 1), min(max(y, plot.y), plot.maxY - 1), atan2(-dy, dx))
    }

    /// Text to the right of a cell, or to its left when the map ends first.
    private func label(_ text: String, beside anchor: (x: Int, y: Int), _ color: CellColor, _ painter: inout Painter) {
        let width = painter.width(text)
        let x = anchor.x + 2 + width <= plot.maxX ? anchor.x + 2 : max(plot.x, anchor.x - 1 - width)
        for (offset, glyph) in painter.shown(text).unicodeScalars.enumerated() {
            put(glyph, x + offset, anchor.y, color, .bold, &painter)
        }
    }

    private func mark(_ glyph: Unicode.Scalar, at point: Vector2, _ color: CellColor, style: CellStyle, _ painter: inout Painter) {
        guard let cell = projection.cell(point) else { return }
        put(glyph, cell.x, cell.y, color, style, &painter)
    }

    /// A glyph on the map, over the heat colour of its cell.
    private func put(_ glyph: Unicode.Scalar, _ x: Int, _ y: Int, _ color: CellColor, _ style: CellStyle, _ painter: inout Painter) {
        guard plot.contains(x: x, y: y) else { return }
        painter.put(glyph, x: x, y: y, color, background: shading.background(column: x - plot.x, row: y - plot.y), style: style)
    }
}
