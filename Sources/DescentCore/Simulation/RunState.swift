/// A run between two steps: where it is, its optimizer and inputs, what it has spent, and
/// what it remembers of the last point (for restarts, undo and the line search's new loss).
struct RunState<L: Landscape, O: Optimizer, I: StepInputs> {
    var evaluations: Evaluations<L>
    var optimizer: O
    var inputs: I
    var position: Vector2
    var t = 0
    var convergedAt: Int?
    var convergedEvals: Int?
    let tolerance: Double
    /// Squared gradient norms above this are surely not under the tolerance, with a margin
    /// that rounding cannot cross: most steps are judged without a root.
    let surelyAboveTolerance: Double
    private var previous: PointRecord?
    /// The optimizer before the last update, kept only when the inputs may undo it.
    private var beforeLastUpdate: O?
    private var knownLoss: Double?

    init(landscape: L, optimizer: O, inputs: I, start: Vector2, tolerance: Double) {
        evaluations = Evaluations(landscape)
        self.optimizer = optimizer
        self.inputs = inputs
        position = start
        self.tolerance = tolerance
        // Outside this range the square could underflow or overflow: every step takes the root.
        surelyAboveTolerance = (1e-150...1e150).contains(tolerance) ? tolerance * tolerance * 1.0001 : .infinity
    }

    /// Evaluates the point at step t, lets the inputs react, and classifies it: diverged when
    /// it left the box or its gradient, or the loss the method evaluates, is not finite.
    @inline(__always)
    mutating func visit() -> Visit {
        var point = PointRecord(position: position, gradient: evaluations.gradient(at: position), loss: .nan)
        if inputs.needsLoss { point.loss = knownLoss ?? evaluations.value(at: position) }
        knownLoss = nil
        let arrival = inputs.arrive(at: point, from: previous, optimizer: &optimizer)
        if arrival.undo, let previous, let beforeLastUpdate {
            position = previous.position
            point = previous
            optimizer = beforeLastUpdate
            optimizer.resetMomentum()
        }
        var status = RunStatus.ok
        if !isInside(point) || (inputs.needsLoss && !point.loss.isFinite) {
            status = .diverged
        } else if convergedAt == nil && point.gradient.squaredNorm <= surelyAboveTolerance
            && point.gradient.norm < tolerance
        {
            status = .converged
            convergedAt = t
            convergedEvals = evaluations.count
        }
        return Visit(step: t, point: point, status: status, event: arrival.event, evals: evaluations.count)
    }

    /// Takes the update from the visited point and moves on to step t + 1. An lr that is not
    /// finite makes the visited point the run's last instead: diverged, saying why.
    @inline(__always)
    mutating func update(from visit: inout Visit) -> StepTaken {
        if I.canUndo { beforeLastUpdate = optimizer }
        previous = visit.point
        let taken = inputs.update(
            from: visit.point, step: t, position: &position, optimizer: &optimizer, evaluations: &evaluations)
        knownLoss = taken.newLoss
        t &+= 1
        if !taken.lr.isFinite {
            visit.status = .diverged
            visit.event.lrNotFinite = true
        }
        return taken
    }

    /// The step from `earlier` (a copy of this run from before its last visit) left everything
    /// the next step reads as it was, so every later step repeats it exactly: the position, bit
    /// for bit, and the optimizer's state, with inputs and optimizer that no longer depend on t.
    /// (What else a state holds is the point it came from, the same from here, and what only a
    /// controller or a restart reads.)
    func isFixedPoint(after earlier: RunState) -> Bool {
        position.isIdentical(to: earlier.position) && inputs.repeatsItself(from: earlier.t)
            && optimizer.repeatsUpdate(from: earlier.optimizer)
    }

    /// Moves a run at a fixed point on to step `step` without taking the steps, each of which
    /// would have cost `evaluationsPerStep` and changed nothing else.
    mutating func pass(to step: Int, evaluationsPerStep: Int) {
        evaluations.record((step - t) * evaluationsPerStep)
        optimizer.skip(updates: step - t)
        t = step
    }

    /// Moves on by `n` steps taken elsewhere (a map's SIMD lanes) to `position` and `optimizer`:
    /// steps that visited a point each, neither diverged nor converged, and updated on inputs
    /// that neither react to a point nor remember one (`ExactInputs`).
    mutating func skip(_ n: Int, to position: Vector2, optimizer: O) {
        evaluations.countGradients(n)
        self.position = position
        self.optimizer = optimizer
        t &+= n
    }

    /// Fills in the loss of a row whose method did not evaluate it (uncounted: the method did
    /// not ask for it) and judges it, as `visit()` judges the losses it evaluates. Returns true
    /// when the loss is not finite, the visit now diverged.
    func judgeLoss(of visit: inout Visit) -> Bool {
        guard !inputs.needsLoss else { return false }
        visit.point.loss = evaluations.landscape.value(at: visit.point.position)
        guard !visit.point.loss.isFinite else { return false }
        visit.status = .diverged
        return true
    }

    /// |x|, |y| beyond this counts as divergence (DESIGN.md contract 3).
    static var escapeRadius: Double { 1e12 }

    /// Inside the box with a finite gradient; written so that NaN fails the comparisons.
    @inline(__always)
    private func isInside(_ point: PointRecord) -> Bool {
        abs(point.position.x) <= Self.escapeRadius && abs(point.position.y) <= Self.escapeRadius
            && point.gradient.isFinite
    }
}

/// One visited point: what a row of the run shows, before its update is known.
struct Visit {
    var step: Int
    var point: PointRecord
    var status: RunStatus
    var event: StepEvent
    /// Evaluations spent to reach and judge this point.
    var evals: Int
}
