/// What a key asks for, before the app's state decides what it means.
enum Action: Hashable {
    case togglePlaying
    case stepForward, stepBack
    /// Move the playhead by this fraction of the run (negative: back).
    case scrub(Double)
    case first, last
    /// Multiply the speed.
    case speed(Double)
    case restart

    case selectNext, selectPrevious
    case select(Int)
    /// Multiply the selected run's lr.
    case scaleLR(Double)
    case shiftMomentum(Double)
    /// Next schedule or step-size controller.
    case cycleStepSize
    /// Next adaptive restart rule (none, function, gradient) of a momentum or nesterov run.
    case cycleRestart
    case cycleOptimizer, toggleNoise, toggleVisible, toggleIndicators
    /// The selected run back to the scenario's settings (on the landscape shown).
    case resetRun
    case undo, redo
    /// Show only the selected run, or every visible one again.
    case toggleSolo
    /// Next trail length: the whole path, the last 1000 steps, the last 100.
    case cycleTrail
    /// Linear or logarithmic step axis in the charts.
    case toggleLogStepAxis
    /// Show or hide the selected run's numbers at the playhead.
    case toggleInspector

    /// Next (+1) or previous (−1) built-in landscape.
    case landscape(Int)
    /// Move the view by these fractions of its width and height.
    case pan(x: Double, y: Double)
    /// Shrink the view's extent by this factor (> 1 zooms in).
    case zoom(Double)
    case resetView

    case enterCursorMode, leaveCursorMode
    /// Move the cursor by whole cells (y down).
    case moveCursor(x: Int, y: Int)
    case placeStart

    /// Show this map in place of the landscape, or the landscape again.
    case toggleMap(MapKind)
    /// Move the map's cursor by whole cells (y down).
    case moveMapCursor(x: Int, y: Int)
    /// Take the cell under the map's cursor into the selected run.
    case pickMapCell
    case closeMap

    /// The `:` line, to type a function or a landscape's name.
    case openPrompt
    case openHelp
    /// Write the runs as a new scenario file (`w`), with their CSV beside it (`W`).
    case save(csv: Bool)
    /// Esc outside the help and cursor mode: closes the inspector, else (nothing to cancel)
    /// says how to quit.
    case cancel
    case quit
}
