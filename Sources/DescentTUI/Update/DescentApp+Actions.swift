extension DescentApp {
    /// Carries out one action; only `.quit` and a save ask anything of the backend.
    mutating func perform(_ action: Action) -> Command {
        switch action {
        case .togglePlaying:
            playback.togglePlaying(on: timeline)
        case .stepForward:
            playback.step(by: 1, on: timeline)
        case .stepBack:
            playback.step(by: -1, on: timeline)
        case .scrub(let fraction):
            let span = timeline.span(abs(fraction))
            playback.seek(playback.step + (fraction < 0 ? -span : span), on: timeline)
        case .first:
            playback.seek(0, on: timeline)
        case .last:
            playback.seek(timeline.steps, on: timeline)
            playback.pause()
        case .speed(let factor):
            playback.scaleSpeed(by: factor)
        case .restart:
            playback.seek(0, on: timeline)

        case .selectNext:
            selected = (selected + 1) % runs.count
        case .selectPrevious:
            selected = (selected + runs.count - 1) % runs.count
        case .select(let index):
            if runs.indices.contains(index) { selected = index }
        case .scaleLR(let factor):
            scaleLR(by: factor)
        case .shiftMomentum(let delta):
            shiftMomentum(by: delta)
        case .cycleOptimizer:
            editSelected {
                $0.optimizer = $0.optimizer.next
                if !$0.optimizer.acceptsRestart { $0.restart = nil }
            }
        case .cycleStepSize:
            let steps = scenario.steps, knownMinimum = landscape.minimumValue != nil
            editSelected { $0.stepSize = $0.stepSize.next(runLength: steps, lr: $0.lr, knownMinimum: knownMinimum) }
        case .cycleRestart:
            cycleRestart()
        case .toggleNoise:
            toggleNoise()
        case .resetRun:
            resetSelected()
        case .undo:
            undo()
        case .redo:
            redo()
        case .toggleVisible:
            runs[selected].visible.toggle()
            notify("\(runs[selected].spec.label): \(runs[selected].visible ? "shown" : "hidden")")
        case .toggleInspector:
            inspectorOpen.toggle()
        case .toggleIndicators:
            runs[selected].showsIndicators.toggle()
        case .toggleSolo:
            soloSelected.toggle()
            notify(soloSelected ? "showing the selected run alone" : "showing every run")
        case .cycleTrail:
            trail = trail.next
            notify(trail.steps.map { "trail: the last \($0) steps" } ?? "trail: the whole path")
        case .toggleLogStepAxis:
            logStepAxis.toggle()
            notify("step axis: \(logStepAxis ? "log" : "linear")")

        case .landscape(let offset):
            edit { $0.switchLandscape(by: offset) }
        case .pan(let x, let y):
            pan(x: x, y: y)
        case .zoom(let factor):
            zoom(by: factor, about: viewBox.center)
        case .resetView:
            viewBox = landscapeView.clamped

        case .enterCursorMode:
            mapMode = nil
            enterCursorMode()
        case .leaveCursorMode:
            cursor = nil
        case .moveCursor(let x, let y):
            moveCursor(x: x, y: y)
        case .placeStart:
            if let cursor { setStart(cursor) }

        case .toggleMap(let kind):
            toggleMap(kind)
        case .moveMapCursor(let x, let y):
            moveMapCursor(x: x, y: y)
        case .pickMapCell:
            pickMapCell()
        case .closeMap:
            closeMap()

        case .openPrompt:
            prompt = prompt.reopened()
            promptOpen = true
        case .save(let csv):
            return save(csv: csv)
        case .openHelp:
            helpOpen = true
        case .cancel:
            if inspectorOpen {
                inspectorOpen = false
            } else {
                notify("q quits")
            }
        case .quit:
            return .quit
        }
        return .none
    }
}
