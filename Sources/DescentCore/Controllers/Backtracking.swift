/// Armijo backtracking along the optimizer's own proposed step (Nocedal and Wright, Alg. 3.1):
/// accept the trial lr α when f(x + Δx(α)) ≤ f(x) + c1·∇f(x)ᵀΔx(α), else α ← α·shrink.
/// The next step's first trial is the last accepted α·grow, capped by max_lr (as optax).
public struct Backtracking: Hashable, Sendable {
    var c1: Double
    var shrink: Double
    var grow: Double
    var maxLR: Double

    /// Beyond this many shrinks the step is not taken (lr 0): f cannot be decreased measurably.
    static let maximumBacktracks = 60

    init(c1: Double = 1e-4, shrink: Double = 0.5, grow: Double = 1.5, maxLR: Double = 1) {
        self.c1 = c1
        self.shrink = shrink
        self.grow = grow
        self.maxLR = maxLR
    }

    /// Armijo's sufficient-decrease condition for a step Δx from a point with loss f and gradient g.
    func accepts(newLoss: Double, loss: Double, gradient: Vector2, step: Vector2) -> Bool {
        newLoss <= loss + c1 * gradient.dot(step)
    }
}

extension Backtracking {
    /// Searches along the optimizer's proposed step from `point` (gradient `g` as the optimizer
    /// sees it), first trying `lr`, which becomes the next step's first trial. A step that goes
    /// uphill before any shrinking (momentum pointing the wrong way) first restarts the
    /// momentum: no lr makes an uphill step satisfy the condition.
    func search<L: Landscape, O: Optimizer>(
        from point: PointRecord, gradient g: Vector2, lr: inout Double, position: inout Vector2,
        optimizer: inout O, evaluations: inout Evaluations<L>
    ) -> StepTaken {
        var event = StepEvent.none
        var alpha = lr
        func trial(_ alpha: Double) -> (Vector2, O) {
            var p = point.position, o = optimizer
            o.update(&p, gradient: g, lr: alpha)
            return (p, o)
        }
        var (trialPosition, trialOptimizer) = trial(alpha)
        if point.gradient.dot(trialPosition - point.position) > 0 {
            optimizer.resetMomentum()
            event.restarted = true
            (trialPosition, trialOptimizer) = trial(alpha)
        }
        for shrinks in 0...Self.maximumBacktracks {
            let newLoss = evaluations.value(at: trialPosition)
            if accepts(newLoss: newLoss, loss: point.loss, gradient: point.gradient, step: trialPosition - point.position) {
                position = trialPosition
                optimizer = trialOptimizer
                lr = min(alpha * grow, maxLR)
                event.backtracks = shrinks
                return StepTaken(lr: alpha, event: event, newLoss: newLoss)
            }
            alpha *= shrink
            (trialPosition, trialOptimizer) = trial(alpha)
        }
        // f cannot be decreased measurably along this step: stay, and try afresh next time.
        event.backtracks = Self.maximumBacktracks
        return StepTaken(lr: 0, event: event, newLoss: point.loss)
    }
}
