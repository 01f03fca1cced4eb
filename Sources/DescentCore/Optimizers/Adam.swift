import Foundation

/// torch.optim.Adam and torch.optim.AdamW (REFERENCE.md A8, A9): bias-corrected first and
/// second moment estimates; AdamW first decays the weights itself, `p *= 1 − lr·wd`, leaving
/// the gradient alone; amsgrad divides by the largest second moment seen so far.
public struct Adam: Optimizer, Hashable {
    var beta1: Double
    var beta2: Double
    var eps: Double
    var amsgrad: Bool
    /// AdamW's weight_decay; nil for Adam, whose weight decay is the run's coupled one.
    var decoupledWeightDecay: Double?
    private(set) var m = Vector2.zero
    private(set) var v = Vector2.zero
    /// torch's `max_exp_avg_sq`, kept with amsgrad.
    private(set) var vMax = Vector2.zero
    /// Updates taken so far; PyTorch's `step`, counted from 1 at the first update.
    private(set) var t = 0

    var name: String { decoupledWeightDecay == nil ? "adam" : "adamw" }
    var decouplesWeightDecay: Bool { decoupledWeightDecay != nil }
    var settings: [String: ParameterValue] {
        var settings: [String: ParameterValue] = [
            "betas": .pair(Vector2(beta1, beta2)), "eps": .number(eps), "amsgrad": .boolean(amsgrad),
        ]
        // Adam's weight_decay is the run's (coupled); only AdamW's is its own.
        settings["weight_decay"] = decoupledWeightDecay.map(ParameterValue.number)
        return settings
    }

    init(
        betas: Vector2 = Vector2(0.9, 0.999), eps: Double = 1e-8, amsgrad: Bool = false,
        decoupledWeightDecay: Double? = nil
    ) {
        beta1 = betas.x
        beta2 = betas.y
        self.eps = eps
        self.amsgrad = amsgrad
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// torch.optim.AdamW's defaults: Adam's, with weight_decay 0.01.
    static func adamW(
        betas: Vector2 = Vector2(0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0.01, amsgrad: Bool = false
    ) -> Adam {
        Adam(betas: betas, eps: eps, amsgrad: amsgrad, decoupledWeightDecay: weightDecay)
    }

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        if let weightDecay = decoupledWeightDecay { position = (1 - lr * weightDecay) * position }
        t += 1
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * Vector2(g.x * g.x, g.y * g.y)
        var second = v
        if amsgrad {
            vMax = Vector2(max(vMax.x, v.x), max(vMax.y, v.y))
            second = vMax
        }
        // PyTorch's order of operations: step_size = lr/bc1, denom = √v/√bc2 + eps.
        let stepSize = lr / (1 - pow(beta1, Double(t)))
        let bc2Root = (1 - pow(beta2, Double(t))).squareRoot()
        position.x -= stepSize * m.x / (second.x.squareRoot() / bc2Root + eps)
        position.y -= stepSize * m.y / (second.y.squareRoot() / bc2Root + eps)
    }

    /// torch's moments, and the bias-corrected estimates the update divides, m̂ = exp_avg/(1−β1^t)
    /// and v̂ = exp_avg_sq/(1−β2^t), once there has been an update to correct. They are named
    /// `m_hat` and `v_hat`: a terminal cell holds no combining circumflex.
    var namedState: [(name: String, value: Vector2)] {
        var state = [("exp_avg", m), ("exp_avg_sq", v)]
        if amsgrad { state.append(("max_exp_avg_sq", vMax)) }
        if t > 0 {
            state.append(("m_hat", (1 / (1 - pow(beta1, Double(t)))) * m))
            state.append(("v_hat", (1 / (1 - pow(beta2, Double(t)))) * v))
        }
        return state
    }

    /// The bias corrections 1 − βᵗ divide by a function of t, so the same moments give another
    /// step at each t, until both have run out: βᵗ under 2⁻⁵⁵ leaves 1 − βᵗ exactly 1 (half an
    /// ulp of 1 is 2⁻⁵⁴, with room for pow's error), and βᵗ only shrinks as t grows, so from
    /// there the update no longer depends on t (for the default betas, after about 37,000
    /// updates: β2 = 0.999 is the slow one).
    func repeatsUpdate(from earlier: Adam) -> Bool {
        pow(beta1, Double(t)) < 0x1p-55 && pow(beta2, Double(t)) < 0x1p-55
            && m.isIdentical(to: earlier.m) && v.isIdentical(to: earlier.v) && vMax.isIdentical(to: earlier.vMax)
    }

    mutating func skip(updates: Int) {
        t += updates
    }

    /// Restarting forgets the first moment; the second moment is a scale estimate, not velocity.
    mutating func resetMomentum() {
        m = .zero
    }
}
