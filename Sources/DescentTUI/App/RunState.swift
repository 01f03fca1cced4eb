import DescentCore

/// One run as the app shows it: its simulated path and the user's per-run toggles. Its
/// settings (`RunSpec`) live in the app's simulation spec, which is what gets simulated.
struct RunState: Equatable {
    var trajectory: Trajectory
    var visible = true
    /// Show the −∇f arrow (and Nesterov's look-ahead point) at the current point.
    var showsIndicators = false
    /// The noise level `n` switches back on (0: the scenario had none).
    let scenarioNoise: Double
    /// Where the run starts on the scenario's own landscape, restored when the user cycles back to it.
    let scenarioStart: StartPoint
}
