/// The hot loop of one run, specialised per landscape, optimizer and step inputs: visit a
/// point, update, repeat; stop only where a row is due (steps 0, every, 2·every, …, DESIGN.md
/// contract 3) or the run ends. No allocation and no dynamic call per step; the sink sees
/// written rows only, so a converged step or an event between them is not written.
struct RunLoop<L: Landscape, O: Optimizer> {
    let landscape: L
    let optimizer: O
    let info: RunInfo
    let start: Vector2
    let steps: Int
    let every: Int
    let tolerance: Double
    let stopAtTolerance: Bool

    func run<I: StepInputs>(_ inputs: I, into sink: any SampleSink) throws -> RunSummary {
        var state = RunState(landscape: landscape, optimizer: optimizer, inputs: inputs, start: start, tolerance: tolerance)
        var nextEmit = 0
        /// The run just after the last row written: where to look back from for an overflowed loss.
        var afterLastRow = state
        while true {
            var (visit, taken) = advance(&state, until: nextEmit)
            if state.judgeLoss(of: &visit) {
                (state, visit) = firstOverflow(after: afterLastRow, by: visit.step)
                taken = nil
            }
            if !ends(at: visit) { taken = state.update(from: &visit) }
            guard let taken, !visit.event.lrNotFinite else {
                let lr = taken?.lr ?? state.inputs.nominalRate(at: visit.step, point: visit.point)
                let last = sample(visit, lr: lr, event: visit.event.merged(with: taken?.event ?? .none))
                try sink.record(last)
                return RunSummary(
                    info: info, last: last, convergedAt: state.convergedAt, convergedEvals: state.convergedEvals,
                    distanceToMinimum: landscape.distanceToNearestMinimum(from: visit.point.position))
            }
            try sink.record(sample(visit, lr: taken.lr, event: visit.event.merged(with: taken.event)))
            afterLastRow = state
            nextEmit = min(nextEmit + every, steps)
        }
    }

    /// The last row of a run: its last step, a divergence, or convergence when that stops it.
    private func ends(at visit: Visit) -> Bool {
        visit.step == steps || visit.status == .diverged || (visit.status == .converged && stopAtTolerance)
    }

    /// Steps until `target` or a point that ends the run, and returns that point's visit, not
    /// yet updated from; or until an update whose lr is not finite, and returns its visit (now
    /// diverged) with it.
    @inline(__always)
    private func advance<I: StepInputs>(_ state: inout RunState<L, O, I>, until target: Int) -> (Visit, StepTaken?) {
        while true {
            var visit = state.visit()
            guard visit.step < target, !ends(at: visit) else { return (visit, nil) }
            let taken = state.update(from: &visit)
            if visit.event.lrNotFinite { return (visit, taken) }
        }
    }

    /// The hot loop evaluates the loss only where the method needs it (evaluating it at every
    /// step would slow it), so an overflow found at a written row may have happened since the
    /// last one: steps again from there, judging every loss, so that the run stops at the same
    /// step whatever `every` is. (A loss that overflows and is finite again by the next written
    /// row, the point still in the box, goes unseen: only `every` = 1 judges every step.)
    private func firstOverflow<I: StepInputs>(
        after afterLastRow: RunState<L, O, I>, by step: Int
    ) -> (RunState<L, O, I>, Visit) {
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
