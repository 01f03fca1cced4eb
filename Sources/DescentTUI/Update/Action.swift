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

    case openHelp
    case quit
}
