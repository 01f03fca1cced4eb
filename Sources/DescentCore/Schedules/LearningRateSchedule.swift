/// What a run's lr follows: a schedule, optionally behind a linear warmup.
public struct LearningRateSchedule: Hashable, Sendable {
    public var schedule: Schedule
    public var warmup: Warmup?

    public init(_ schedule: Schedule, warmup: Warmup? = nil) {
        self.schedule = schedule
        self.warmup = warmup
    }

    /// Lengths that follow the run fixed for a run of `runLength` steps: after a warmup, the
    /// steps left (so a warmed-up cosine ends at eta_min, as optax's warmup_cosine_decay_schedule).
    public func resolved(runLength: Int) -> LearningRateSchedule {
        LearningRateSchedule(schedule.resolved(runLength: runLength - (warmup?.steps ?? 0)), warmup: warmup)
    }

    /// The step from which the lr no longer changes, if it settles: after the warmup, where the
    /// schedule settles.
    var settlesAt: Int? {
        schedule.settlesAt.map { $0 + (warmup?.steps ?? 0) }
    }

    /// The lr of the update at step t = 0, 1, 2, … for the run's base lr.
    public func rate(at t: Int, base: Double) -> Double {
        guard let warmup else { return schedule.rate(at: t, base: base) }
        return warmup.rate(at: t, base: base, then: schedule)
    }
}

extension LearningRateSchedule: CustomStringConvertible {
    /// E.g. `cosine(t_max=2000, eta_min=0)` or `warmup(steps=100, start_factor=0) → cosine(…)`.
    public var description: String {
        guard let warmup else { return schedule.description }
        return "\(warmup) → \(schedule)"
    }
}
