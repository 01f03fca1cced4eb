/// The map's tick labels on both axes and where each one goes: a pure function of the
/// projection (the view and the plot), chosen with the heatmap when either changes rather
/// than for every frame, since choosing means formatting many candidate labels.
struct MapAxisLabels: Equatable {
    let x: AxisTicks
    let y: AxisTicks
    /// The column each x label starts at, under its value.
    let xStarts: [Int]
    /// The row of each y label, beside its value.
    let yRows: [Int]

    init(x: AxisTicks, xStarts: [Int], y: AxisTicks, yRows: [Int]) {
        self.x = x
        self.xStarts = xStarts
        self.y = y
        self.yRows = yRows
    }

    /// The labels under the plot and left of it.
    func draw(_ layout: ScreenLayout, _ painter: inout Painter) {
        for (tick, start) in zip(x.ticks, xStarts) {
            painter.text(tick.label, x: start, y: layout.xTicks.y, .muted)
        }
        for (tick, row) in zip(y.ticks, yRows) {
            painter.text(tick.label, x: layout.yTicks.maxX - 1 - tick.label.count, y: row, .muted)
        }
    }

    init(projection: MapProjection) {
        let plot = projection.plot, visible = projection.visible
        // About one label per 12 columns, each with a space to either side.
        x = AxisTicks.choose(in: visible.x, count: max(1, plot.width / 12), widest: plot.width) { ticks in
            var end = Int.min
            for (tick, start) in zip(ticks.ticks, Self.starts(ticks, projection)) {
                guard start > end else { return false }
                end = start + tick.label.count
            }
            return true
        }
        // About one label per 5 rows, each on a row of its own, as wide as the label column.
        y = AxisTicks.choose(in: visible.y, count: max(1, plot.height / 5), widest: ScreenLayout.tickColumnWidth - 1) { ticks in
            let rows = Self.rows(ticks, projection)
            return zip(rows, rows.dropFirst()).allSatisfy { $0 > $1 }
        }
        xStarts = Self.starts(x, projection)
        yRows = Self.rows(y, projection)
    }

    /// Each label centred under its value, slid inside the plot at the ends.
    private static func starts(_ ticks: AxisTicks, _ projection: MapProjection) -> [Int] {
        let plot = projection.plot, visible = projection.visible
        return ticks.ticks.map { tick in
            let center = plot.x + Int(screen: (tick.value - visible.x.lowerBound) / projection.scale)
            return min(max(center - tick.label.count / 2, plot.x), plot.maxX - tick.label.count)
        }
    }

    private static func rows(_ ticks: AxisTicks, _ projection: MapProjection) -> [Int] {
        let plot = projection.plot, visible = projection.visible
        return ticks.ticks.map { tick in
            min(plot.y + Int(screen: (visible.y.upperBound - tick.value) / (2 * projection.scale)), plot.maxY - 1)
        }
    }
}
