/// A scenario resolved for the core: one landscape, its runs and how long they go.
public struct SimulationSpec: Sendable {
    public var name: String
    public var landscape: AnyLandscape
    public var view: ViewBox
    /// Steps per run (1 ... 1_000_000_000).
    public var steps: Int
    /// Seeds gradient noise and random starts.
    public var seed: UInt64
    /// Gradient norm under which a run counts as converged.
    public var tolerance: Double
    /// Stop a run at the sample where it converged.
    public var stopAtTolerance: Bool
    public var runs: [RunSpec]

    public init(
        name: String, landscape: AnyLandscape, view: ViewBox? = nil, steps: Int, seed: UInt64 = 0,
        tolerance: Double = SimulationSpec.defaultTolerance, stopAtTolerance: Bool = false,
        runs: [RunSpec]
    ) {
        self.name = name
        self.landscape = landscape
        self.view = view ?? landscape.defaultView
        self.steps = steps
        self.seed = seed
        self.tolerance = tolerance
        self.stopAtTolerance = stopAtTolerance
        self.runs = runs
    }

    public static let defaultTolerance = 1e-8
    public static let maximumSteps = 1_000_000_000
    public static let maximumRuns = 16
}
