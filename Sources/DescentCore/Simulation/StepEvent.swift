/// What a step-size controller or restart rule did at a step (CSV column `event`).
public struct StepEvent: Hashable, Sendable {
    /// Momentum was zeroed: adaptive restart, or a line search that found it pointing uphill.
    public var restarted = false
    /// How many times a line search shrank its trial lr before accepting.
    public var backtracks = 0
    /// ReduceLROnPlateau lowered the lr.
    public var lrReduced = false
    /// The bold driver took back the last step (this row is the point it returned to).
    public var stepUndone = false
    /// The lr of the update from this row is not finite, so the run ends here as diverged.
    var lrNotFinite = false

    public init(
        restarted: Bool = false, backtracks: Int = 0, lrReduced: Bool = false, stepUndone: Bool = false,
        lrNotFinite: Bool = false
    ) {
        self.restarted = restarted
        self.backtracks = backtracks
        self.lrReduced = lrReduced
        self.stepUndone = stepUndone
        self.lrNotFinite = lrNotFinite
    }

    public static let none = StepEvent()

    public var isEmpty: Bool { self == .none }

    /// Both events at once (e.g. a restart found during a line search).
    public func merged(with other: StepEvent) -> StepEvent {
        StepEvent(
            restarted: restarted || other.restarted, backtracks: backtracks + other.backtracks,
            lrReduced: lrReduced || other.lrReduced, stepUndone: stepUndone || other.stepUndone,
            lrNotFinite: lrNotFinite || other.lrNotFinite)
    }
}

extension StepEvent: CustomStringConvertible {
    /// `restart`, `backtrack:3`, `lr_reduced`, `step_undone`, `lr_not_finite`, joined by `;`;
    /// empty for none.
    public var description: String {
        var parts: [String] = []
        if stepUndone { parts.append("step_undone") }
        if restarted { parts.append("restart") }
        if backtracks > 0 { parts.append("backtrack:\(backtracks)") }
        if lrReduced { parts.append("lr_reduced") }
        if lrNotFinite { parts.append("lr_not_finite") }
        return parts.joined(separator: ";")
    }
}
