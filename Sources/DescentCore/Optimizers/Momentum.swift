/// Heavy-ball momentum as torch.optim.SGD(momentum, dampening), or in Sutskever's form.
public struct Momentum: LaneOptimizer, Hashable {
    var momentum: Double
    var dampening: Double
    var form: MomentumForm
    /// PyTorch form: the buffer `buf`; Sutskever form: the velocity `v` in position units.
    var velocity = Vector2.zero
    /// PyTorch sets `buf = g` on the first step (undamped); Sutskever's `v` starts at 0, and
    /// its first step is undamped too so that both forms agree at constant lr.
    private(set) var started = false

    var name: String { "momentum" }
    var momentumCoefficient: Double? { momentum }
    var acceptsRestart: Bool { true }
    var settings: [String: ParameterValue] {
        ["momentum": .number(momentum), "dampening": .number(dampening), "form": .word(form.rawValue)]
    }

    func withMomentumCoefficient(_ momentum: Double) -> Momentum {
        Momentum(momentum: momentum, dampening: dampening, form: form)
    }

    init(momentum: Double = 0.9, dampening: Double = 0, form: MomentumForm = .pytorch) {
        self.momentum = momentum
        self.dampening = dampening
        self.form = form
    }

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        stepAlone(&position, gradient: g, lr: lr)
        started = true
    }

    @inline(__always)
    func step<S: LaneScalar>(
        _ position: inout LaneVector<S>, velocity: inout LaneVector<S>, gradient g: LaneVector<S>, lr: S, momentum: S
    ) {
        let damped = started ? (1 - dampening) * g : g
        switch form {
        case .pytorch:
            velocity = started ? momentum * velocity + damped : g
            position -= lr * velocity
        case .sutskever:
            velocity = momentum * velocity - lr * damped
            position += velocity
        }
    }

    var updatesInLanes: Bool { started }

    /// torch's buffer, or Sutskever's velocity (which has the lr in it: another quantity).
    var namedState: [(name: String, value: Vector2)] {
        [(form == .pytorch ? "momentum_buffer" : "velocity", velocity)]
    }

    /// z² − (1 + β − α(1−τ)λ)z + β, in both forms (they agree at constant lr); the undamped
    /// first step does not change the asymptotic rate.
    func quadraticRate(lr: Double, curvature: Double) -> Double? {
        ErrorRecurrence.largestRootModulus(b: 1 + momentum - lr * (1 - dampening) * curvature, c: momentum)
    }

    /// Polyak's heavy ball: α(1−τ) = 4/(√L + √μ)², β = ((√L − √μ)/(√L + √μ))², rate √β.
    func quadraticOptimum(lowest: Double, highest: Double) -> (lr: Double, momentum: Double?)? {
        let sum = highest.squareRoot() + lowest.squareRoot(), difference = highest.squareRoot() - lowest.squareRoot()
        return (4 / (sum * sum * (1 - dampening)), (difference / sum) * (difference / sum))
    }

    func repeatsUpdate(from earlier: Momentum) -> Bool {
        velocity.isIdentical(to: earlier.velocity) && started == earlier.started
    }

    mutating func resetMomentum() {
        velocity = .zero
        started = false
    }
}
