import DescentCore

/// A map of outcomes in place of the landscape (`P`, `B`): each plot cell shaded by the outcome
/// of the map cell under it (or, until that is done, of the coarse cell standing in for it),
/// with the marks on top: the ρ = 1 boundary and the theory's optimum on a map of lr and μ,
/// the minima on a map of basins, the selected run's own cell, and the cursor.
struct OutcomeMapView {
    let layout: ScreenLayout
    let map: OutcomeMap
    let geometry: OutcomeMapGeometry
    let axes: MapAxisLabels
    /// The selected run's own place: its (lr, μ), or its start.
    let own: (x: Double, y: Double)
    let runIndex: Int
    /// The optimum's place, on a map of lr and μ where theory has one.
    let optimum: (x: Double, y: Double)?
    /// The known minima's places, on a map of basins.
    let minima: [(x: Double, y: Double)]
    let cursor: (x: Int, y: Int)
    /// Says what a map of lr alone leaves out (an optimizer without μ).
    let caption: String?

    var plot: Rect { layout.plot }

    func draw(_ painter: inout Painter) {
        guard let key = map.key else { return }
        let shading = OutcomeShading(kind: key.kind, outcomes: map.outcomes, colorful: painter.colorful, glyphs: painter.glyphs)
        for y in plot.y..<plot.maxY {
            for x in plot.x..<plot.maxX {
                let cell = geometry.mapCell(screenX: x, screenY: y)
                painter.grid[x, y] = shading.cell(map.shownOutcome(x: cell.x, y: cell.y))
            }
        }
        let boundary = drawBoundary(&painter)
        axes.draw(layout, &painter)
        OutcomeLegend(
            rect: layout.legend, shading: shading, titleRow: layout.xTicks.y, basins: key.landscape.minima.count,
            marksBoundary: boundary, marksOptimum: optimum != nil
        ).draw(&painter)
        for place in minima { mark(painter.glyphs.minimum, at: place, .text, &painter) }
        if let optimum { mark(painter.glyphs.minimum, at: optimum, .accent, &painter) }
        mark(painter.glyphs.run(runIndex), at: own, .run(runIndex), &painter)
        // The cursor shows the cell in reverse, so a mark under it still reads; a blank cell
        // gets the crosshair.
        if let cell = geometry.screenCell(ofMapCell: cursor.x, cursor.y) {
            var shown = painter.grid[cell.x, cell.y]
            if shown.glyph == " " { shown.glyph = painter.glyphs.cursor }
            shown.style.insert(.reverse)
            painter.grid[cell.x, cell.y] = shown
        }
        if let caption { painter.text(" \(caption) ", x: plot.x, y: plot.y, .text, background: .panel, limit: plot.width) }
    }

    /// Marks the plot cells of map cells on the diverging side (predicted ρ ≥ 1) next to one
    /// on the converging side; returns whether there were any.
    private func drawBoundary(_ painter: inout Painter) -> Bool {
        guard let grid = map.key?.grid, !map.predictedRates.isEmpty else { return false }
        func rate(_ x: Int, _ y: Int) -> Double? {
            (0..<grid.width).contains(x) && (0..<grid.height).contains(y) ? map.predictedRates[y * grid.width + x] : nil
        }
        var drawn = false
        for y in plot.y..<plot.maxY {
            for x in plot.x..<plot.maxX {
                let cell = geometry.mapCell(screenX: x, screenY: y)
                guard let own = rate(cell.x, cell.y), own >= 1 else { continue }
                let neighbours = [(cell.x - 1, cell.y), (cell.x + 1, cell.y), (cell.x, cell.y - 1), (cell.x, cell.y + 1)]
                guard neighbours.contains(where: { rate($0.0, $0.1).map { $0 < 1 } ?? false }) else { continue }
                var shown = painter.grid[x, y]
                shown.glyph = painter.glyphs.boundary
                shown.foreground = .accent
                painter.grid[x, y] = shown
                drawn = true
            }
        }
        return drawn
    }

    private func mark(_ glyph: Unicode.Scalar, at place: (x: Double, y: Double), _ color: CellColor, _ painter: inout Painter) {
        guard let cell = geometry.screenCell(fractions: place) else { return }
        painter.put(glyph, x: cell.x, y: cell.y, color, background: .panel, style: .bold)
    }
}
