import DescentCore

/// One validated run of a scenario: everything but the run length, which the scenario
/// (or a `--steps` override) supplies when the run is simulated.
public struct ScenarioRun: Sendable {
    /// Unique within the scenario.
    public var label: String
    public var optimizer: AnyOptimizer
    /// The base learning rate η0 that the schedule scales.
    public var lr: Double
    public var weightDecay: Double
    /// Standard deviation of the Gaussian noise added to each gradient component.
    public var noise: Double
    public var start: StartPoint
    public var warmup: Warmup?
    /// `nil`: constant.
    let schedule: CatalogChoice<Schedule>?

    /// The lr schedule for a run of `steps` steps (e.g. `cosine`'s `t_max` defaults to it).
    public func learningRateSchedule(steps: Int) -> LearningRateSchedule {
        LearningRateSchedule(schedule?.make(runLength: steps) ?? .constant, warmup: warmup)
    }

    public func runSpec(steps: Int) -> RunSpec {
        RunSpec(
            label: label, optimizer: optimizer, lr: lr, schedule: learningRateSchedule(steps: steps),
            weightDecay: weightDecay, noise: noise, start: start)
    }
}
