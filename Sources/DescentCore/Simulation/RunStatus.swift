/// How a run stands at one of its samples (CSV column `status`).
public enum RunStatus: String, Sendable, Hashable {
    /// Still running, not under the tolerance yet (or converged earlier and going on).
    case ok
    /// The first sample whose gradient norm is under the scenario's tolerance.
    case converged
    /// The last sample of a run that produced a non-finite value or left the box |x|, |y| <= 1e12.
    case diverged
}
