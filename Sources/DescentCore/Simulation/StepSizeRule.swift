/// What sets a run's lr: a closed-form schedule (behind an optional warmup), or a controller
/// that reacts to what the run does. A run has exactly one.
public enum StepSizeRule: Hashable, Sendable {
    case schedule(LearningRateSchedule)
    case controller(StepSizeController)

    public static let constant = StepSizeRule.schedule(LearningRateSchedule(.constant))

    /// Schedules first, then controllers: the names a run's `schedule:` accepts, in the order
    /// the view's `s` key steps through those with a preset.
    public static let entries: [CatalogEntry<StepSizeRule>] =
        ScheduleCatalog.entries.map { $0.map { .schedule(LearningRateSchedule($0)) } }
        + ControllerCatalog.entries.map { $0.map(StepSizeRule.controller) }

    /// The catalog name of the schedule or controller.
    public var name: String {
        switch self {
        case .schedule(let s): return s.schedule.name
        case .controller(let c): return c.name
        }
    }

    /// The warmup in front of a schedule (controllers have none).
    public var warmup: Warmup? {
        guard case .schedule(let s) = self else { return nil }
        return s.warmup
    }

    /// Polyak's step without an f_min needs the landscape's known minimum value.
    public var needsKnownMinimum: Bool {
        guard case .controller(.polyak(let polyak)) = self else { return false }
        return polyak.fMin == nil
    }

    /// The lr of every update from step t on is the same: a schedule that has settled. A
    /// controller never counts: it reacts to the losses the run sees and keeps state of its own.
    func isSettled(at t: Int) -> Bool {
        guard case .schedule(let schedule) = self, let settled = schedule.settlesAt else { return false }
        return t >= settled
    }

    /// Lengths that follow the run fixed for a run of `runLength` steps.
    func resolved(runLength: Int) -> StepSizeRule {
        guard case .schedule(let s) = self else { return self }
        return .schedule(s.resolved(runLength: runLength))
    }

    /// The rule after this one in the `s` cycle: catalog order, over the entries that have a
    /// preset (one outside the cycle is followed by the first). A warmup is dropped, so each
    /// rule shows its own shape; rules that need a known minimum are passed by without one.
    public func next(runLength: Int, lr: Double, knownMinimum: Bool) -> StepSizeRule {
        let cycle = Self.entries.compactMap { $0.preset(runLength: runLength, lr: lr) }
            .filter { knownMinimum || !$0.needsKnownMinimum }
        let position = cycle.firstIndex { $0.name == name } ?? -1
        return cycle[(position + 1) % cycle.count]
    }
}

extension StepSizeRule: CustomStringConvertible {
    public var description: String {
        switch self {
        case .schedule(let s): return s.description
        case .controller(let c): return c.description
        }
    }
}
