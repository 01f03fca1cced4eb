extension DescentApp {
    /// The frame for a terminal of `width` × `height`: a pure function of the state and the size.
    /// It draws what `update` derived for the layout of the last `.resize`; asked for another
    /// size (as `descent render` does without a `.resize`), it lays out a copy the way the
    /// backend would, through `update`, and draws that.
    public func view(width: Int, height: Int, capabilities: TerminalCapabilities) -> CellGrid {
        let width = max(width, 0), height = max(height, 0)
        guard layout.width == width, layout.height == height else {
            var laidOut = self
            _ = laidOut.update(.resize(width: width, height: height))
            return laidOut.view(width: width, height: height, capabilities: capabilities)
        }
        var painter = Painter(width: width, height: height, capabilities: capabilities)
        guard layout.fits, let heat = derived.heatmap, let axes = derived.axes else {
            SizeNotice.draw(width: width, height: height, &painter)
            return painter.grid
        }
        let shown = runs.indices.map(shownRun)
        let drawn = drawingOrder.map { shown[$0] }
        if let mapMode, let geometry = mapGeometry {
            outcomeMapView(mapMode, geometry, landscapeAxes: axes).draw(&painter)
        } else {
            MapView(
                layout: layout, heat: heat, axes: axes, runs: drawn, minima: landscape.minima.map(\.position), cursor: cursor,
                trail: trail.steps, zoom: MapProjection(view: landscapeView, plot: layout.plot).scale / heat.key.projection.scale)
                .draw(&painter)
            if inspectorOpen { inspector(shown[selected]).draw(&painter) }
        }
        for y in 0..<layout.statusRow {
            painter.put(painter.glyphs.verticalRule, x: layout.separatorX, y: y, .muted)
        }
        SidePanel(
            rect: layout.panel, title: title, subtitle: subtitle,
            axis: StepAxis(steps: scenario.steps, logarithmic: logStepAxis), step: playback.step, minimumLoss: landscape.minimumValue, runs: shown, drawn: drawn
        ).draw(&painter)
        if promptOpen {
            PromptLine(prompt: prompt, row: layout.statusRow, width: width).draw(&painter)
        } else {
            StatusLine(
                report: statusReport, notice: notice, row: layout.statusRow, width: width,
                simulated: derived.simulations.progress, mapped: mapMode == nil ? nil : derived.map.progress
            ).draw(&painter)
        }
        if helpOpen { HelpOverlay(width: width, height: layout.statusRow).draw(&painter) }
        return painter.grid
    }

    private func shownRun(_ index: Int) -> ShownRun {
        let run = runs[index], trajectory = derived.shownTrajectory(index)
        return ShownRun(
            index: index, spec: run.spec, trajectory: trajectory, sample: trajectory.index(atStep: playback.step),
            visible: isShown(index), selected: index == selected, showsIndicators: run.showsIndicators)
    }

    /// The scenario's name on its own landscape, else the landscape's; marked once the runs
    /// differ from the scenario's.
    private var title: String {
        (landscapes.isScenarios ? scenario.name : landscapes.name) + (isEdited ? "*" : "")
    }

    private var subtitle: String {
        (landscapes.isScenarios ? landscapes.name : "from \(scenario.name)") + " · \(scenario.steps) steps"
    }

    private func inspector(_ run: ShownRun) -> StepInspector {
        let position = run.trajectory.positions[run.sample]
        return StepInspector(
            run: run, step: playback.step, inspection: inspection, minimumLoss: landscape.minimumValue, plot: layout.plot,
            point: projection.cell(position))
    }

    private var statusReport: StatusLine.Report {
        if let mapReport { return mapReport }
        if let cursor { return .cursor(cursor, loss: landscape.value(at: cursor)) }
        return .playback(
            title: title, step: playback.step, steps: scenario.steps, speed: playback.speed, playing: playback.playing)
    }
}
