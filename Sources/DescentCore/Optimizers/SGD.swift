/// Plain gradient descent: `p −= lr·g` (torch.optim.SGD with momentum 0).
public struct SGD: LaneOptimizer, Hashable {
    var name: String { "sgd" }

    init() {}

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        var p = LaneVector(position), v = LaneVector(Vector2.zero)
        step(&p, velocity: &v, gradient: LaneVector(g), lr: lr, momentum: 0)
        position = p.vector
    }

    @inline(__always)
    func step<S: LaneScalar>(
        _ position: inout LaneVector<S>, velocity: inout LaneVector<S>, gradient g: LaneVector<S>, lr: S, momentum: S
    ) {
        position -= lr * g
    }

    var laneVelocity: Vector2 { .zero }
    var laneMomentum: Double { 0 }
    var updatesInLanes: Bool { true }
    func with(laneVelocity velocity: Vector2) -> SGD { self }

    /// e_{k+1} = (1 − αλ)·e_k.
    func quadraticRate(lr: Double, curvature: Double) -> Double? {
        abs(1 - lr * curvature)
    }
}
