/// An optimizer whose update is pure arithmetic on the position and a velocity, written once
/// over a `LaneScalar`: a run updates on `Double`, and a map a cell per SIMD lane, with the
/// same bits. What cells of a map may differ in (velocity, μ, lr) is passed per lane; the
/// rest (form, dampening) is the optimizer's own, the same for every cell of a map.
protocol LaneOptimizer: Optimizer {
    /// Its velocity or momentum buffer; zero for one without.
    var laneVelocity: Vector2 { get }
    /// Its μ; zero for one without.
    var laneMomentum: Double { get }
    /// Whether its next update is the lanes' update: not so for an update that differs in
    /// more than numbers (momentum's first, which takes the gradient as the buffer).
    var updatesInLanes: Bool { get }
    /// This optimizer with `velocity`, after updates in lanes.
    func with(laneVelocity velocity: Vector2) -> Self
    /// The update from `position`, with this optimizer's settings but `momentum` for μ.
    func step<S: LaneScalar>(
        _ position: inout LaneVector<S>, velocity: inout LaneVector<S>, gradient g: LaneVector<S>, lr: S, momentum: S)
}
