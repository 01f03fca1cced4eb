/// Plain gradient descent: `p −= lr·g` (torch.optim.SGD with momentum 0).
public struct SGD: Optimizer, Hashable {
    var name: String { "sgd" }

    init() {}

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        position -= lr * g
    }

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
