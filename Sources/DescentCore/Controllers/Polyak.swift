/// Polyak's step size (Polyak 1987; optax.polyak_sgd): lr = min((f − f*)/‖∇f‖², max_lr), 0
/// where the gradient vanishes (‖∇f‖² ≤ machine epsilon). optax's default variant `sps` lets
/// the step turn negative below f*; `sps+` clips f − f* at 0.
public struct Polyak: Hashable, Sendable {
    enum Variant: String, Hashable, Sendable, CaseIterable {
        case sps
        case spsPlus = "sps+"
    }

    /// f*; nil means the landscape's known minimum value.
    var fMin: Double?
    var maxLR: Double
    var variant: Variant

    init(fMin: Double? = nil, maxLR: Double = 1, variant: Variant = .sps) {
        self.fMin = fMin
        self.maxLR = maxLR
        self.variant = variant
    }

    func rate(loss: Double, gradient: Vector2, minimum: Double) -> Double {
        let squaredNorm = gradient.squaredNorm
        guard squaredNorm > Double.ulpOfOne else { return 0 }
        let gap = variant == .spsPlus ? max(0, loss - minimum) : loss - minimum
        return min(gap / squaredNorm, maxLR)
    }
}
