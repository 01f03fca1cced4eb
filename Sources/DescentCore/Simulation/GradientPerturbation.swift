/// What a run adds to the landscape's gradient before the optimizer sees it, in this order:
/// seeded Gaussian noise, coupled weight decay (`g += weight_decay·p`, as PyTorch) and l1
/// (`g += l1·sign(p)`).
struct GradientPerturbation {
    let noiseLevel: Double
    let weightDecay: Double
    let l1: Double
    private var noise: Xoshiro256StarStar

    init(run: RunSpec, noise: Xoshiro256StarStar) {
        noiseLevel = run.noise
        weightDecay = run.weightDecay
        l1 = run.l1
        self.noise = noise
    }

    mutating func apply(to gradient: Vector2, at position: Vector2) -> Vector2 {
        var g = gradient
        if noiseLevel > 0 { g += noiseLevel * noise.nextGaussianPair() }
        if weightDecay != 0 { g += weightDecay * position }
        if l1 != 0 { g += l1 * Vector2(sign(position.x), sign(position.y)) }
        return g
    }

    private func sign(_ v: Double) -> Double { v > 0 ? 1 : v < 0 ? -1 : 0 }
}
