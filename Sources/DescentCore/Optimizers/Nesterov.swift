/// Nesterov momentum as torch.optim.SGD(momentum, nesterov=True), or in Sutskever's (Keras) form.
public struct Nesterov: LaneOptimizer, Hashable {
    var momentum: Double
    var form: MomentumForm
    /// PyTorch form: the buffer `buf`; Sutskever form: Keras' `m` in position units. Both
    /// start at 0, which for PyTorch's `buf = g` on the first step gives the same numbers.
    var velocity = Vector2.zero

    var name: String { "nesterov" }
    var momentumCoefficient: Double? { momentum }
    /// PyTorch requires μ > 0 with nesterov.
    var lowestMomentum: Double { 0.05 }
    var acceptsRestart: Bool { true }
    var settings: [String: ParameterValue] { ["momentum": .number(momentum), "form": .word(form.rawValue)] }

    func withMomentumCoefficient(_ momentum: Double) -> Nesterov {
        Nesterov(momentum: momentum, form: form)
    }

    /// Nesterov takes its gradient where momentum is carrying it: p + μ(p − p₋₁).
    func lookAhead(from position: Vector2, previous: Vector2) -> Vector2? {
        position + momentum * (position - previous)
    }

    init(momentum: Double = 0.9, form: MomentumForm = .pytorch) {
        self.momentum = momentum
        self.form = form
    }

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        stepAlone(&position, gradient: g, lr: lr)
    }

    @inline(__always)
    func step<S: LaneScalar>(
        _ position: inout LaneVector<S>, velocity: inout LaneVector<S>, gradient g: LaneVector<S>, lr: S, momentum: S
    ) {
        switch form {
        case .pytorch:
            velocity = momentum * velocity + g
            position -= lr * (g + momentum * velocity)
        case .sutskever:
            velocity = momentum * velocity - lr * g
            position += momentum * velocity - lr * g
        }
    }

    /// torch's buffer, or Sutskever's velocity (which has the lr in it: another quantity).
    var namedState: [(name: String, value: Vector2)] {
        [(form == .pytorch ? "momentum_buffer" : "velocity", velocity)]
    }

    /// z² − (1+β)(1−αλ)z + β(1−αλ), in both forms (they agree at constant lr).
    func quadraticRate(lr: Double, curvature: Double) -> Double? {
        let contraction = 1 - lr * curvature
        return ErrorRecurrence.largestRootModulus(b: (1 + momentum) * contraction, c: momentum * contraction)
    }

    /// Lessard, Recht and Packard (2016) for quadratics: α = 4/(3L + μ),
    /// β = (√(3κ+1) − 2)/(√(3κ+1) + 2) with κ = L/μ, rate 1 − 2/√(3κ+1).
    func quadraticOptimum(lowest: Double, highest: Double) -> (lr: Double, momentum: Double?)? {
        let root = (3 * highest / lowest + 1).squareRoot()
        return (4 / (3 * highest + lowest), (root - 2) / (root + 2))
    }

    func repeatsUpdate(from earlier: Nesterov) -> Bool {
        velocity.isIdentical(to: earlier.velocity)
    }

    mutating func resetMomentum() {
        velocity = .zero
    }
}
