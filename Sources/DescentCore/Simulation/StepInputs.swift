/// What the optimizer is fed at each step besides its state: the lr, and the gradient as
/// the run perturbs it (noise, weight decay). The run loop is generic over this so that the
/// common case, a constant lr on the exact gradient, compiles to a loop with no calls.
protocol StepInputs {
    /// The lr of the update at step t (a pure function of t).
    func lr(at t: Int) -> Double
    /// The gradient the optimizer sees at `position`, given the landscape's true gradient.
    mutating func perturb(_ gradient: Vector2, at position: Vector2) -> Vector2
}

/// A constant lr on the landscape's exact gradient.
struct ExactInputs: StepInputs {
    let rate: Double

    @inline(__always)
    func lr(at t: Int) -> Double { rate }

    @inline(__always)
    func perturb(_ gradient: Vector2, at position: Vector2) -> Vector2 { gradient }
}

/// A scheduled lr, seeded Gaussian gradient noise and coupled weight decay (PyTorch's order:
/// the noisy gradient first, then `g += weight_decay·p` inside the optimizer).
struct ScheduledInputs: StepInputs {
    let schedule: LearningRateSchedule
    let baseLR: Double
    let noiseLevel: Double
    let weightDecay: Double
    var noise: Xoshiro256StarStar

    func lr(at t: Int) -> Double { schedule.rate(at: t, base: baseLR) }

    mutating func perturb(_ gradient: Vector2, at position: Vector2) -> Vector2 {
        var g = gradient
        if noiseLevel > 0 { g += noiseLevel * noise.nextGaussianPair() }
        if weightDecay != 0 { g += weightDecay * position }
        return g
    }
}

extension RunSpec {
    /// True when the run needs nothing but a constant lr on the exact gradient.
    var isExact: Bool {
        schedule == LearningRateSchedule(.constant) && noise == 0 && weightDecay == 0
    }
}
