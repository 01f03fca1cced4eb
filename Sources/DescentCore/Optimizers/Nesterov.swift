/// Nesterov momentum as torch.optim.SGD(momentum, nesterov=True), or in Sutskever's (Keras) form.
public struct Nesterov: Optimizer, Hashable {
    public var momentum: Double
    public var form: MomentumForm
    /// PyTorch form: the buffer `buf`; Sutskever form: Keras' `m` in position units.
    public private(set) var velocity = Vector2.zero
    public private(set) var started = false

    public init(momentum: Double = 0.9, form: MomentumForm = .pytorch) {
        self.momentum = momentum
        self.form = form
    }

    public mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        switch form {
        case .pytorch:
            velocity = started ? momentum * velocity + g : g
            position -= lr * (g + momentum * velocity)
        case .sutskever:
            velocity = momentum * velocity - lr * g
            position += momentum * velocity - lr * g
        }
        started = true
    }

    public mutating func resetMomentum() {
        velocity = .zero
        started = false
    }
}
