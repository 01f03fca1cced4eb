/// Plain gradient descent: `p −= lr·g` (torch.optim.SGD with momentum 0).
public struct SGD: LaneOptimizer, Hashable {
    var name: String { "sgd" }

    init() {}

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        stepAlone(&position, gradient: g, lr: lr)
    }

    @inline(__always)
    func step<S: LaneScalar>(
        _ position: inout LaneVector<S>, velocity: inout LaneVector<S>, gradient g: LaneVector<S>, lr: S, momentum: S
    ) {
        position -= lr * g
    }

    /// It has neither: its update leaves them out.
    var velocity: Vector2 {
        get { .zero }
        set {}
    }
    var momentum: Double { 0 }

    /// e_{k+1} = (1 − αλ)·e_k.
    /// It keeps no state.
    func repeatsUpdate(from earlier: SGD) -> Bool { true }

    func quadraticRate(lr: Double, curvature: Double) -> Double? {
        abs(1 - lr * curvature)
    }

    /// 2/(L + μ), where the slowest and the fastest mode contract alike.
    func quadraticOptimum(lowest: Double, highest: Double) -> (lr: Double, momentum: Double?)? {
        (2 / (lowest + highest), nil)
    }
}
