/// One run's hot loop and where it has got to, specialised per landscape, optimizer and step
/// inputs: visit a point, update, repeat; stop only where a row is due (steps 0, every,
/// 2·every, …, DESIGN.md contract 3) or the run ends. No allocation and no dynamic call per
/// step; the sink sees written rows only, so a converged step or an event between them is not
/// written.
///
/// It is a value, and it stops after a row: `run(until:into:)` returns and can be called again
/// to go on, and a copy is a checkpoint that can go on separately (with another `every`).
///
/// A run whose step leaves everything the next step reads unchanged is at a fixed point
/// (`RunState.isFixedPoint`): every later step is that step again, so the loop passes over
/// them to the next row, which it visits as simulating would have. Long converged runs sit
/// there: a momentum buffer stuck at the smallest subnormal, μ·v rounding back to v, moves the
/// point by nothing, and subnormal arithmetic makes each such step many times slower.
struct RunLoop<L: Landscape, O: Optimizer, I: StepInputs>: Sendable {
    let info: RunInfo
    let steps: Int
    let stopAtTolerance: Bool
    /// Pass over the steps at a fixed point; off only to check that passing changes nothing.
    let fastForwards: Bool
    private(set) var every: Int
    /// The run after the last row written: stepping on from here reaches the next row.
    private(set) var state: RunState<L, O, I>
    /// The step of the next row.
    private(set) var nextRow = 0
    /// How the run ended, once its last row is written.
    private(set) var summary: RunSummary?
    /// Evaluations per step, once the run has reached a fixed point.
    private var fixedPointEvaluations: Int?

    /// Steps between two looks for a fixed point: a look copies the state, too dear for every
    /// step, and a fixed point reached between two looks costs at most this many steps more.
    static var fixedPointLookInterval: Int { 256 }

    init(
        landscape: L, optimizer: O, inputs: I, info: RunInfo, start: Vector2, steps: Int, every: Int,
        tolerance: Double, stopAtTolerance: Bool, fastForwards: Bool
    ) {
        self.info = info
        self.steps = steps
        self.every = every
        self.stopAtTolerance = stopAtTolerance
        self.fastForwards = fastForwards
        state = RunState(landscape: landscape, optimizer: optimizer, inputs: inputs, start: start, tolerance: tolerance)
    }

    /// Writes the rows up to step `limit` (those of steps ≤ limit), or to the run's end; returns
    /// the summary once the run has ended.
    mutating func run(until limit: Int, into sink: any SampleSink) throws -> RunSummary? {
        while summary == nil && nextRow <= limit { try writeNextRow(into: sink) }
        return summary
    }

    /// The step it visits next: one after its last row, or 0.
    var nextStep: Int { state.t }

    /// It has found its run at a fixed point, and passes over the steps between rows.
    var isAtFixedPoint: Bool { fixedPointEvaluations != nil }

    /// The optimizer's state after the last update, in PyTorch's names.
    var optimizerState: [(name: String, value: Vector2)] { state.optimizer.namedState }

    /// From here on, a row every `every` steps, starting with the next step.
    mutating func emit(every: Int) {
        self.every = every
        if summary == nil { nextRow = min(state.t, steps) }
    }

    private mutating func writeNextRow(into sink: any SampleSink) throws {
        // The run just after the last row, where to look back from for an overflowed loss; a
        // row due at the very next step has nothing to look back over, and copies nothing.
        let afterLastRow = nextRow > state.t ? state : nil
        var (visit, taken) = advance(until: nextRow)
        if state.judgeLoss(of: &visit) {
            if let afterLastRow { (state, visit) = firstOverflow(after: afterLastRow, by: visit.step) }
            taken = nil
        }
        if !ends(at: visit) { taken = state.update(from: &visit) }
        guard let taken, !visit.event.lrNotFinite else {
            let lr = taken?.lr ?? state.inputs.nominalRate(at: visit.step, point: visit.point)
            let last = sample(visit, lr: lr, event: visit.event.merged(with: taken?.event ?? .none))
            try sink.record(last)
            summary = RunSummary(
                info: info, last: last, convergedAt: state.convergedAt, convergedEvals: state.convergedEvals,
                distanceToMinimum: state.evaluations.landscape.distanceToNearestMinimum(from: visit.point.position))
            return
        }
        try sink.record(sample(visit, lr: taken.lr, event: visit.event.merged(with: taken.event)))
        nextRow = min(nextRow + every, steps)
    }

    /// The last row of a run: its last step, a divergence, or convergence when that stops it.
    private func ends(at visit: Visit) -> Bool {
        visit.step == steps || visit.status == .diverged || (visit.status == .converged && stopAtTolerance)
    }

    /// Steps until `target` or a point that ends the run, and returns that point's visit, not
    /// yet updated from; or until an update whose lr is not finite, and returns its visit (now
    /// diverged) with it.
    @inline(__always)
    private mutating func advance(until target: Int) -> (Visit, StepTaken?) {
        while true {
            if let evaluations = fixedPointEvaluations, state.t < target {
                state.pass(to: target, evaluationsPerStep: evaluations)
            }
            let looks = fastForwards && fixedPointEvaluations == nil
            let interval = Self.fixedPointLookInterval
            let nextLook = looks ? (state.t + interval - 1) / interval * interval : .max
            if let end = step(until: target, pausingAt: nextLook) { return end }
            // The copy only on the steps that look: made at every step, even as an Optional
            // that stays nil, it was a copy of the whole state per step, half the loop's time.
            let earlier = state
            if let end = step(until: target, pausingAt: state.t + 1) { return end }
            if state.isFixedPoint(after: earlier) {
                fixedPointEvaluations = state.evaluations.count - earlier.evaluations.count
            }
        }
    }

    /// Visits the next point and updates from it, and so on up to step `pause` (returns nil
    /// there, not yet visited), unless a point is `target` or ends the run (then returns its
    /// visit) or its update's lr is not finite (then returns both). A loop of nothing but steps
    /// on a local state, so that the state stays in registers: beside the look's copy in one
    /// loop, the position went through memory at every step, a quarter of the loop's time.
    @inline(__always)
    private mutating func step(until target: Int, pausingAt pause: Int) -> (Visit, StepTaken?)? {
        var state = self.state
        defer { self.state = state }
        while state.t < pause {
            var visit = state.visit()
            guard visit.step < target, !ends(at: visit) else { return (visit, nil) }
            let taken = state.update(from: &visit)
            if visit.event.lrNotFinite { return (visit, taken) }
        }
        return nil
    }

    /// The hot loop evaluates the loss only where the method needs it (evaluating it at every
    /// step would slow it), so an overflow found at a written row may have happened since the
    /// last one: steps again from there, judging every loss, so that the run stops at the same
    /// step whatever `every` is. (A loss that overflows and is finite again by the next written
    /// row, the point still in the box, goes unseen: only `every` = 1 judges every step.)
    private func firstOverflow(after afterLastRow: RunState<L, O, I>, by step: Int) -> (RunState<L, O, I>, Visit) {
        var state = afterLastRow
        while true {
            var visit = state.visit()
            if state.judgeLoss(of: &visit) || visit.step >= step { return (state, visit) }
            _ = state.update(from: &visit)
        }
    }

    private func sample(_ visit: Visit, lr: Double, event: StepEvent) -> Sample {
        Sample(
            run: info.index, step: visit.step, position: visit.point.position, loss: visit.point.loss,
            gradient: visit.point.gradient, lr: lr, status: visit.status, event: event, evals: visit.evals)
    }
}
