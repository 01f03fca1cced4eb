/// Heavy-ball momentum as torch.optim.SGD(momentum, dampening), or in Sutskever's form.
public struct Momentum: Optimizer, Hashable {
    public var momentum: Double
    public var dampening: Double
    public var form: MomentumForm
    /// PyTorch form: the buffer `buf`; Sutskever form: the velocity `v` in position units.
    public private(set) var velocity = Vector2.zero
    /// PyTorch sets `buf = g` on the first step (undamped); Sutskever's `v` starts at 0, and
    /// its first step is undamped too so that both forms agree at constant lr.
    public private(set) var started = false

    public var name: String { "momentum" }
    public var momentumCoefficient: Double? { momentum }
    public var acceptsRestart: Bool { true }

    public func withMomentumCoefficient(_ momentum: Double) -> Momentum {
        Momentum(momentum: momentum, dampening: dampening, form: form)
    }

    public init(momentum: Double = 0.9, dampening: Double = 0, form: MomentumForm = .pytorch) {
        self.momentum = momentum
        self.dampening = dampening
        self.form = form
    }

    public mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        let damped = started ? (1 - dampening) * g : g
        switch form {
        case .pytorch:
            velocity = started ? momentum * velocity + damped : g
            position -= lr * velocity
        case .sutskever:
            velocity = momentum * velocity - lr * damped
            position += velocity
        }
        started = true
    }

    public mutating func resetMomentum() {
        velocity = .zero
        started = false
    }
}
