import DescentCore

extension DescentApp {
    /// Moves the view by fractions of what the map shows (its aspect may widen the view box),
    /// up to the edge of the plane that can be shown.
    mutating func pan(x: Double, y: Double) {
        let shown = layout.fits ? projection.visible : viewBox
        viewBox = viewBox.panned(by: Vector2(x * shown.width, y * shown.height))
    }

    /// Zooms keeping `point` where it is on screen (the centre for keys, the pointer for the
    /// wheel), as far as `ViewBox`'s limits: beyond them the heatmap's arithmetic, not the
    /// landscape, would be on show.
    mutating func zoom(by factor: Double, about point: Vector2) {
        viewBox = viewBox.zoomed(by: factor, about: point).clamped
    }

    /// The runs keep their settings; they start again from the new landscape's default start
    /// (or, back on the scenario's landscape, from the scenario's starts), in its own view.
    mutating func switchLandscape(by offset: Int) {
        switchLandscape { $0.move(by: offset) }
    }

    /// As `switchLandscape(by:)`, to the landscape `choose` picks in the cycle.
    mutating func switchLandscape(_ choose: (inout LandscapeCycle) -> Void) {
        choose(&landscapes)
        for index in runs.indices {
            runs[index].spec.start = scenarioSpec(of: index).start
        }
        viewBox = landscapeView.clamped
    }

    /// The cursor appears on the selected run's start, or in the middle when that is out of view.
    mutating func enterCursorMode() {
        let start = Simulator(spec: simulationSpec).startPoint(of: runs[selected].spec)
        guard layout.fits else {
            cursor = start
            return
        }
        let plot = layout.plot
        let cell = projection.cell(start) ?? (plot.x + plot.width / 2, plot.y + plot.height / 2)
        cursor = projection.world(cellX: cell.x, cellY: cell.y)
    }

    /// One cell per key, kept on the map.
    mutating func moveCursor(x: Int, y: Int) {
        guard let current = cursor, layout.fits else { return }
        let plot = layout.plot
        let cell = projection.cell(current) ?? (plot.x + plot.width / 2, plot.y + plot.height / 2)
        let target = (x: min(max(cell.x + x, plot.x), plot.maxX - 1), y: min(max(cell.y + y, plot.y), plot.maxY - 1))
        cursor = projection.world(cellX: target.x, cellY: target.y)
    }
}
