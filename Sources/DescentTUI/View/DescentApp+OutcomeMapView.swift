import DescentCore

extension DescentApp {
    /// The open map as drawn: its cells, marks and labels, from what `derived.map` holds.
    func outcomeMapView(_ mode: MapMode, _ geometry: OutcomeMapGeometry, landscapeAxes: MapAxisLabels) -> OutcomeMapView {
        let run = runs[selected].spec
        let parameters = mode.kind == .parameters
        let optimum = parameters ? derived.map.spec?.predictedOptimum : nil
        return OutcomeMapView(
            layout: layout, map: derived.map, geometry: geometry,
            axes: parameters ? MapAxisLabels(parameters: geometry) : landscapeAxes,
            own: parameters
                ? geometry.fractions(lr: run.lr, momentum: run.optimizer.momentum)
                : geometry.fractions(point: Simulator(spec: simulationSpec).startPoint(of: run)),
            runIndex: selected,
            optimum: optimum.map { geometry.fractions(lr: $0.lr, momentum: $0.momentum) },
            minima: parameters ? [] : landscape.minima.map { geometry.fractions(point: $0.position) },
            cursor: (mode.column, mode.row),
            caption: parameters && run.optimizer.momentum == nil ? "\(run.optimizer.name) has no μ: lr alone" : nil)
    }

    /// The status line over a map: which map, and the numbers of the cell under the cursor.
    var mapReport: StatusLine.Report? {
        guard let mode = mapMode, let spec = derived.map.spec else { return nil }
        let grid = spec.grid, index = min(mode.row, grid.height - 1) * grid.width + min(mode.column, grid.width - 1)
        let cell = spec.settings(ofCell: index)
        var parts: [String]
        switch mode.kind {
        case .parameters:
            parts = ["lr \(CompactNumber.format(cell.lr))"] + (cell.momentum.map { ["μ \(CompactNumber.format($0))"] } ?? [])
        case .basins:
            parts = ["start (\(CompactNumber.format(cell.start.x)), \(CompactNumber.format(cell.start.y)))"]
        }
        if let outcome = derived.map.outcomes[index] {
            parts.append(outcome.stepsToTolerance.map { "converged in \($0)" } ?? (outcome.status == .diverged ? "diverged" : "not converged"))
            if let gap = outcome.gap, outcome.status != .diverged { parts.append("gap \(CompactNumber.format(gap))") }
            if mode.kind == .basins { parts.append("basin \(outcome.basin)") }
            if let rate = outcome.rate { parts.append("ρ \(CompactNumber.format(rate))") }
            if let predicted = outcome.predictedRate { parts.append("theory \(CompactNumber.format(predicted))") }
        } else {
            parts.append("not yet run")
        }
        let title = mode.kind == .basins ? "basin map" : cell.momentum == nil ? "lr map" : "lr,μ map"
        return .map(title: title, cell: parts.joined(separator: " · "))
    }
}
