/// How a run ended: the headless summary table's row.
public struct RunSummary: Hashable, Sendable {
    public var info: RunInfo
    /// The run's last sample (its status is `diverged` if the run diverged).
    public var last: Sample
    /// The first step whose gradient norm was under the tolerance, if any.
    public var convergedAt: Int?
    /// Evaluations spent up to the converged step, if any.
    public var convergedEvals: Int?
    /// Distance from the last point to the nearest known minimum, if the landscape has one.
    public var distanceToMinimum: Double?

    init(
        info: RunInfo, last: Sample, convergedAt: Int?, convergedEvals: Int? = nil, distanceToMinimum: Double?
    ) {
        self.info = info
        self.last = last
        self.convergedAt = convergedAt
        self.convergedEvals = convergedEvals
        self.distanceToMinimum = distanceToMinimum
    }

    public var diverged: Bool { last.status == .diverged }
}
