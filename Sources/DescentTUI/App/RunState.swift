import DescentCore

/// One run as the user has it: its settings, which are what gets simulated, and how it is shown.
struct RunState {
    var spec: RunSpec
    var visible = true
    /// Show the −∇f arrow (and Nesterov's look-ahead point) at the current point.
    var showsIndicators = false

    init(_ spec: RunSpec) {
        self.spec = spec
    }
}
