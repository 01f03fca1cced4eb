import Foundation

/// torch.optim.Adam: bias-corrected first and second moment estimates (REFERENCE.md A8).
public struct Adam: Optimizer, Hashable {
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public private(set) var m = Vector2.zero
    public private(set) var v = Vector2.zero
    /// Updates taken so far; PyTorch's `step`, counted from 1 at the first update.
    public private(set) var t = 0

    public var name: String { "adam" }

    public init(betas: Vector2 = Vector2(0.9, 0.999), eps: Double = 1e-8) {
        beta1 = betas.x
        beta2 = betas.y
        self.eps = eps
    }

    public mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        t += 1
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * Vector2(g.x * g.x, g.y * g.y)
        // PyTorch's order of operations: step_size = lr/bc1, denom = √v/√bc2 + eps.
        let stepSize = lr / (1 - pow(beta1, Double(t)))
        let bc2Root = (1 - pow(beta2, Double(t))).squareRoot()
        position.x -= stepSize * m.x / (v.x.squareRoot() / bc2Root + eps)
        position.y -= stepSize * m.y / (v.y.squareRoot() / bc2Root + eps)
    }

    /// Restarting forgets the first moment; the second moment is a scale estimate, not velocity.
    public mutating func resetMomentum() {
        m = .zero
    }
}
