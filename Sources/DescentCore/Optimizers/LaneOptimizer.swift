/// An optimizer whose update is pure arithmetic on the position and a velocity, written once
/// over a `LaneScalar`: a run updates on `Double`, and a map a cell per SIMD lane, with the
/// same bits. What cells of a map may differ in (velocity, μ, lr) is passed per lane; the
/// rest (form, dampening) is the optimizer's own, the same for every cell of a map.
protocol LaneOptimizer: Optimizer {
    /// Its velocity or momentum buffer; zero for one without.
    var velocity: Vector2 { get set }
    /// Its μ; zero for one without.
    var momentum: Double { get }
    /// Whether its next update is the lanes' update: not so for an update that differs in
    /// more than numbers (momentum's first, which takes the gradient as the buffer).
    var updatesInLanes: Bool { get }
    /// The update from `position`, with this optimizer's settings but `momentum` for μ.
    func step<S: LaneScalar>(
        _ position: inout LaneVector<S>, velocity: inout LaneVector<S>, gradient g: LaneVector<S>, lr: S, momentum: S)
}

extension LaneOptimizer {
    var updatesInLanes: Bool { true }

    /// One run's update: the lanes' formula on one lane.
    @inline(__always)
    mutating func stepAlone(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        var p = LaneVector(position), v = LaneVector(velocity)
        step(&p, velocity: &v, gradient: LaneVector(g), lr: lr, momentum: momentum)
        position = p.vector
        velocity = v.vector
    }
}
