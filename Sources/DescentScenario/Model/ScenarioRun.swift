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
    public var l1: Double
    public var restart: RestartRule?
    public var start: StartPoint
    public var warmup: Warmup?
    /// What `schedule:` named; `nil`: constant.
    let rule: CatalogChoice<RateRule>?

    /// The lr schedule for a run of `steps` steps (e.g. `cosine`'s `t_max` defaults to it);
    /// constant when a controller sets the lr.
    public func learningRateSchedule(steps: Int) -> LearningRateSchedule {
        guard case .schedule(let schedule)? = rule?.make(runLength: steps) else { return LearningRateSchedule(.constant) }
        return LearningRateSchedule(schedule, warmup: warmup)
    }

    /// The step-size controller `schedule:` named, if any.
    public var controller: StepSizeController? {
        guard case .controller(let controller)? = rule?.make(runLength: 0) else { return nil }
        return controller
    }

    public func runSpec(steps: Int) -> RunSpec {
        RunSpec(
            label: label, optimizer: optimizer, lr: lr, schedule: learningRateSchedule(steps: steps),
            controller: controller, restart: restart, weightDecay: weightDecay, noise: noise, l1: l1, start: start)
    }
}
