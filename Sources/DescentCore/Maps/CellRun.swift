/// One cell's run, stepped as `--every 1` writes it (every step a row, every loss judged, so
/// it ends where the trajectory ends), keeping only what the cell's outcome needs: how it
/// ended and a rate fit toward each known minimum (which one it approaches is known only at
/// its end). Specialised per landscape, optimizer and inputs, as the trajectory's loop is.
struct CellRun<L: Landscape, O: Optimizer, I: StepInputs> {
    let steps: Int
    private let stopAtTolerance: Bool
    private(set) var state: RunState<L, O, I>
    private(set) var fits: [RateFit]
    /// The optimizer's state after the last update, when that update left the position as it was.
    private var optimizerAtRest: O?

    init(state: RunState<L, O, I>, minima: [KnownMinimum], steps: Int, stopAtTolerance: Bool) {
        self.state = state
        self.steps = steps
        self.stopAtTolerance = stopAtTolerance
        fits = minima.map { RateFit(target: $0.position) }
    }

    /// Visits the next point and, unless the run ends there, updates from it. Returns how the
    /// run ended once it has.
    @inline(__always)
    mutating func step() -> CellEnd? {
        var visit = state.visit()
        let overflowed = state.judgeLoss(of: &visit)
        fit(step: visit.step, at: visit.point.position)
        if overflowed || visit.step == steps || visit.status == .diverged
            || (visit.status == .converged && stopAtTolerance)
        {
            return end(at: visit)
        }
        _ = state.update(from: &visit)
        // An lr that is not finite ends the run at the point it was to update from.
        if visit.event.lrNotFinite { return end(at: visit) }
        return atFixedPoint(after: visit) ? end(at: visit) : nil
    }

    /// Shows the fits the point visited at `step`.
    @inline(__always)
    mutating func fit(step: Int, at position: Vector2) {
        // Read before written: the fits' storage is touched only on the rare steps they take.
        for i in fits.indices where !fits[i].ignores(position) {
            fits[i].add(step: step, at: position)
        }
    }

    /// Whether the run is at a fixed point, having just updated from `visit`: the update left
    /// the position and (as the update before it did) the optimizer's state bit for bit as
    /// they were, on inputs that update the same way at every step. Every later step then
    /// visits the same point, judged the same (neither diverged nor newly converged), so the
    /// run's last row is this one again at its last step. Only while the fits leave the point
    /// out: one that takes it would take it at every step left.
    @inline(__always)
    private mutating func atFixedPoint(after visit: Visit) -> Bool {
        // The position first: it is the cheap test, and nearly always moved.
        guard state.position.isIdentical(to: visit.point.position), state.inputs.repeatsItself(from: visit.step) else {
            optimizerAtRest = nil
            return false
        }
        if let rest = optimizerAtRest, state.optimizer.repeatsUpdate(from: rest),
            !fits.contains(where: { !$0.ignores(visit.point.position) })
        {
            return true
        }
        optimizerAtRest = state.optimizer
        return false
    }

    /// Moves on by `n` steps taken in SIMD lanes, each one that `step()` would have taken
    /// without ending the run or leaving the position where it was.
    mutating func skip(_ n: Int, to position: Vector2, optimizer: O) where I == ExactInputs {
        state.skip(n, to: position, optimizer: optimizer)
        optimizerAtRest = nil
    }

    private func end(at visit: Visit) -> CellEnd {
        let position = visit.point.position
        var nearest: (minimum: Int, distance: Double, rate: Double?)?
        for (i, fit) in fits.enumerated() {
            let distance = (fit.target - position).norm
            if nearest == nil || distance < nearest!.distance { nearest = (i, distance, fit.rate) }
        }
        return CellEnd(
            position: position, loss: visit.point.loss, diverged: visit.status == .diverged,
            convergedAt: state.convergedAt, convergedEvals: state.convergedEvals, nearest: nearest)
    }
}

/// How a cell's run ended: all its outcome is made of.
struct CellEnd {
    let position: Vector2
    let loss: Double
    let diverged: Bool
    let convergedAt: Int?
    let convergedEvals: Int?
    /// The known minimum nearest the end (its index in the landscape's order), how far it is,
    /// and the rate measured toward it; nil on a landscape without known minima.
    let nearest: (minimum: Int, distance: Double, rate: Double?)?
}
