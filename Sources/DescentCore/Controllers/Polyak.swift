/// Polyak's step size (Polyak 1987; optax.polyak_sgd): lr = min((f − f*)/‖∇f‖², max_lr),
/// 0 where the gradient vanishes (‖∇f‖² ≤ machine epsilon) or f is already below f*.
public struct Polyak: Hashable, Sendable {
    /// f*; nil means the landscape's known minimum value.
    public var fMin: Double?
    public var maxLR: Double

    public init(fMin: Double? = nil, maxLR: Double = 1) {
        self.fMin = fMin
        self.maxLR = maxLR
    }

    public func rate(loss: Double, gradient: Vector2, minimum: Double) -> Double {
        let squaredNorm = gradient.squaredNorm
        guard squaredNorm > Double.ulpOfOne else { return 0 }
        return max(0, min((loss - minimum) / squaredNorm, maxLR))
    }
}
