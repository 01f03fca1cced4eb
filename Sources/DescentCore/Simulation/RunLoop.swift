/// The hot loop of one run, specialised per landscape, optimizer and step inputs: take the
/// gradient, update, repeat; stop only where a sample is due or the status changes. No
/// allocation and no dynamic call per step; the sink sees emitted samples only.
struct RunLoop<L: Landscape, O: Optimizer> {
    let landscape: L
    let optimizer: O
    let info: RunInfo
    let start: Vector2
    let steps: Int
    let every: Int
    let tolerance: Double
    let stopAtTolerance: Bool

    /// |x|, |y| beyond this counts as divergence (DESIGN.md contract 3).
    static var escapeRadius: Double { 1e12 }

    func run<I: StepInputs>(_ inputs: I, into sink: any SampleSink) throws -> RunSummary {
        var inputs = inputs
        var optimizer = self.optimizer
        var position = start
        var convergedAt: Int?
        var nextEmit = 0
        var t = 0
        while true {
            advance(&position, &t, until: nextEmit, converged: convergedAt != nil, &optimizer, &inputs)
            let gradient = landscape.gradient(at: position)
            var status = RunStatus.ok
            if !isInside(position, gradient) {
                status = .diverged
            } else if convergedAt == nil && gradient.norm < tolerance {
                status = .converged
                convergedAt = t
            }
            let isLast = t == steps || status == .diverged || (status == .converged && stopAtTolerance)
            if t == nextEmit || isLast {
                let sample = Sample(
                    run: info.index, step: t, position: position, loss: landscape.value(at: position),
                    gradient: gradient, lr: inputs.lr(at: t), status: status)
                try sink.record(sample)
                if isLast {
                    return RunSummary(
                        info: info, last: sample, convergedAt: convergedAt,
                        distanceToMinimum: landscape.distanceToNearestMinimum(from: position))
                }
                nextEmit = min(nextEmit + every, steps)
            }
            optimizer.update(&position, gradient: inputs.perturb(gradient, at: position), lr: inputs.lr(at: t))
            t += 1
        }
    }

    /// Steps until `target`, or until a step whose point needs a look (it diverged, or first
    /// got under the tolerance); `t` is then that step, not yet updated from.
    @inline(__always)
    private func advance<I: StepInputs>(
        _ position: inout Vector2, _ t: inout Int, until target: Int, converged: Bool,
        _ optimizer: inout O, _ inputs: inout I
    ) {
        while t < target {
            let gradient = landscape.gradient(at: position)
            guard isInside(position, gradient), converged || !(gradient.norm < tolerance) else { return }
            optimizer.update(&position, gradient: inputs.perturb(gradient, at: position), lr: inputs.lr(at: t))
            t &+= 1
        }
    }

    /// Inside the box with a finite gradient; written so that NaN fails the comparisons.
    @inline(__always)
    private func isInside(_ position: Vector2, _ gradient: Vector2) -> Bool {
        abs(position.x) <= Self.escapeRadius && abs(position.y) <= Self.escapeRadius && gradient.isFinite
    }
}
