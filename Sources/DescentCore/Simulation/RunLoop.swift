/// The hot loop of one run, specialised per landscape and optimizer: take the gradient,
/// record the sample if it is due, update, repeat. No allocation and no dynamic call per
/// step; the sink is called only for emitted samples.
struct RunLoop<L: Landscape, O: Optimizer> {
    let landscape: L
    var optimizer: O
    let run: RunSpec
    let info: RunInfo
    let start: Vector2
    let steps: Int
    let every: Int
    let seed: UInt64
    let tolerance: Double
    let stopAtTolerance: Bool

    /// |x|, |y| beyond this counts as divergence (DESIGN.md contract 3).
    static var escapeRadius: Double { 1e12 }

    mutating func run(into sink: any SampleSink) throws -> RunSummary {
        var position = start
        var noise = Xoshiro256StarStar(seed: seed, stream: UInt64(info.index))
        var convergedAt: Int?
        var untilNextEmit = 0
        var t = 0
        while true {
            let gradient = landscape.gradient(at: position)
            let lr = run.schedule.rate(at: t, base: run.lr)
            var status = RunStatus.ok
            // Written so that NaN fails the comparison and counts as outside.
            let inside = abs(position.x) <= Self.escapeRadius && abs(position.y) <= Self.escapeRadius
            if !inside || !gradient.isFinite {
                status = .diverged
            } else if convergedAt == nil && gradient.norm < tolerance {
                status = .converged
                convergedAt = t
            }
            let isLast = t == steps || status == .diverged || (status == .converged && stopAtTolerance)
            if untilNextEmit == 0 || isLast {
                let sample = Sample(
                    run: info.index, step: t, position: position, loss: landscape.value(at: position),
                    gradient: gradient, lr: lr, status: status)
                try sink.record(sample)
                if isLast {
                    return RunSummary(
                        info: info, last: sample, convergedAt: convergedAt,
                        distanceToMinimum: landscape.distanceToNearestMinimum(from: position))
                }
                untilNextEmit = every
            }
            untilNextEmit -= 1

            var g = gradient
            if run.noise > 0 { g += run.noise * noise.nextGaussianPair() }
            if run.weightDecay != 0 { g += run.weightDecay * position }
            optimizer.update(&position, gradient: g, lr: lr)
            t += 1
        }
    }
}
