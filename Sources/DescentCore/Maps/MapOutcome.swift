/// How one cell's run ended: a row of the map's CSV.
public struct MapOutcome: Hashable, Sendable {
    public let cell: MapCell
    public let final: Vector2
    public let finalLoss: Double
    /// finalLoss − f*; nil when the landscape's f* is unknown.
    public let gap: Double?
    /// The first step whose gradient norm was under the tolerance, and the evaluations spent to it.
    public let stepsToTolerance: Int?
    public let evalsToTolerance: Int?
    /// `diverged` if the run did, else `converged` if it ever got under the tolerance, else `ok`.
    public let status: RunStatus
    /// 1-based index among the landscape's known minima of the one the run ended at (within
    /// 1e-3 of the view's diagonal); 0 when none is that near or the run diverged.
    public let basin: Int
    /// The measured linear rate of ‖z_k − z*‖ (`RateFit`), nil with too few steps to tell.
    public let rate: Double?
    /// The rate that theory predicts (REFERENCE.md A10), where it has one.
    public let predictedRate: Double?
}
