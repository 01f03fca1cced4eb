import DescentCore

/// One run as the user has it: its settings, which are what gets simulated, and how it is shown.
struct RunState {
    var spec: RunSpec {
        didSet { revision &+= 1 }
    }
    /// Counts changes to `spec`, so that the trajectory derived from it knows when it is stale
    /// (`RunSpec` is not `Equatable`, so the settings cannot be compared themselves).
    private(set) var revision = 0
    var visible = true
    /// Show the −∇f arrow (and Nesterov's look-ahead point) at the current point.
    var showsIndicators = false

    init(_ spec: RunSpec) {
        self.spec = spec
    }
}
