import DescentCore

extension DescentApp {
    /// The most cells a map in the view has each way: `descent map`'s default grid.
    static let mapGridLimit = (width: 64, height: 32)

    /// What the open map depends on, for the current layout; nil with no map open or no room.
    var mapKey: OutcomeMap.Key? {
        guard let mapMode, layout.fits else { return nil }
        var run = runs[selected].spec
        let axes: MapAxes, rows: Int
        switch mapMode.kind {
        case .parameters:
            axes = .parameters(around: run)
            // Every cell replaces μ: moving it (`m`, `M`) moves the run's mark, not the map.
            if run.optimizer.momentum != nil { run.optimizer = run.optimizer.withMomentum(run.optimizer.lowestMomentum) }
            rows = run.optimizer.momentum == nil ? 1 : min(layout.plot.height, Self.mapGridLimit.height)
        case .basins:
            axes = .starts(projection.visible)
            run.start = .fixed(.zero)
            rows = min(layout.plot.height, Self.mapGridLimit.height)
        }
        return OutcomeMap.Key(
            kind: mapMode.kind, landscape: landscape, view: landscapeView, selected: selected, run: run, axes: axes,
            grid: MapGrid(width: min(layout.plot.width, Self.mapGridLimit.width), height: rows), steps: scenario.steps)
    }

    /// How the open map sits on the plot, once its key is known.
    var mapGeometry: OutcomeMapGeometry? {
        derived.map.key.map { OutcomeMapGeometry(plot: layout.plot, grid: $0.grid, axes: $0.axes) }
    }

    /// Opens `kind`'s map with its cursor on the selected run's own cell (its lr and μ, or its
    /// start); the same key again closes it.
    mutating func toggleMap(_ kind: MapKind) {
        guard mapMode?.kind != kind else { return closeMap() }
        guard layout.fits else { return notify("the terminal is too small for a map") }
        cursor = nil
        mapMode = MapMode(kind: kind, column: 0, row: 0)
        guard let key = mapKey else { return }
        let geometry = OutcomeMapGeometry(plot: layout.plot, grid: key.grid, axes: key.axes)
        let run = runs[selected].spec
        let own = kind == .parameters
            ? geometry.fractions(lr: run.lr, momentum: run.optimizer.momentum)
            : geometry.fractions(point: Simulator(spec: simulationSpec).startPoint(of: run))
        let cell = own.x.isFinite && own.y.isFinite ? geometry.mapCell(fractions: own) : (x: key.grid.width / 2, y: key.grid.height / 2)
        mapMode = MapMode(kind: kind, column: cell.x, row: cell.y)
    }

    mutating func closeMap() {
        mapMode = nil
    }

    /// One map cell per key (y down, as on screen), kept on the grid.
    mutating func moveMapCursor(x: Int, y: Int) {
        guard var mode = mapMode, let grid = mapKey?.grid else { return }
        mode.column = min(max(mode.column + x, 0), grid.width - 1)
        mode.row = min(max(mode.row - y, 0), grid.height - 1)
        mapMode = mode
    }

    /// Takes the cell under the cursor into the selected run, as one edit: its lr and μ on a
    /// map of parameters, its centre as the start on a map of basins. Back to the landscape.
    mutating func pickMapCell() {
        guard let mode = mapMode, let spec = derived.map.spec else { return }
        let column = min(mode.column, spec.grid.width - 1), row = min(mode.row, spec.grid.height - 1)
        let cell = spec.settings(ofCell: row * spec.grid.width + column)
        mapMode = nil
        switch mode.kind {
        case .parameters:
            editSelected {
                $0.lr = cell.lr
                if let momentum = cell.momentum { $0.optimizer = $0.optimizer.withMomentum(momentum) }
            }
        case .basins:
            setStart(cell.start)
        }
    }

    /// A click on the map: the cell under it, taken as Enter takes it.
    mutating func pickMapCell(screenX x: Int, screenY y: Int) {
        guard let geometry = mapGeometry, var mode = mapMode else { return }
        let cell = geometry.mapCell(screenX: x, screenY: y)
        mode.column = cell.x
        mode.row = cell.y
        mapMode = mode
        pickMapCell()
    }
}
