/// Armijo backtracking along the optimizer's own proposed step (Nocedal and Wright, Alg. 3.1):
/// accept the trial lr α when f(x + Δx(α)) ≤ f(x) + c1·∇f(x)ᵀΔx(α), else α ← α·shrink.
/// The next step's first trial is the last accepted α·grow, capped by max_lr (as optax).
public struct Backtracking: Hashable, Sendable {
    public var c1: Double
    public var shrink: Double
    public var grow: Double
    public var maxLR: Double

    /// Beyond this many shrinks the step is not taken (lr 0): f cannot be decreased measurably.
    public static let maximumBacktracks = 60

    public init(c1: Double = 1e-4, shrink: Double = 0.5, grow: Double = 1.5, maxLR: Double = 1) {
        self.c1 = c1
        self.shrink = shrink
        self.grow = grow
        self.maxLR = maxLR
    }

    /// Armijo's sufficient-decrease condition for a step Δx from a point with loss f and gradient g.
    public func accepts(newLoss: Double, loss: Double, gradient: Vector2, step: Vector2) -> Bool {
        newLoss <= loss + c1 * gradient.dot(step)
    }
}
