/// The hot loop of one run, specialised per landscape, optimizer and step inputs: visit a
/// point, update, repeat; stop only where a sample is due or the status changes. No
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

    func run<I: StepInputs>(_ inputs: I, into sink: any SampleSink) throws -> RunSummary {
        var state = RunState(landscape: landscape, optimizer: optimizer, inputs: inputs, start: start, tolerance: tolerance)
        var nextEmit = 0
        while true {
            let visit = advance(&state, until: nextEmit)
            let isLast = state.t == steps || visit.status == .diverged
                || (visit.status == .converged && stopAtTolerance)
            if isLast {
                let sample = self.sample(visit, step: state.t, lr: state.inputs.nominalRate(at: state.t, point: visit.point), event: visit.event)
                try sink.record(sample)
                return RunSummary(
                    info: info, last: sample, convergedAt: state.convergedAt, convergedEvals: state.convergedEvals,
                    distanceToMinimum: landscape.distanceToNearestMinimum(from: visit.point.position))
            }
            let step = state.t
            let taken = state.update(from: visit)
            if step == nextEmit || visit.status != .ok {
                try sink.record(sample(visit, step: step, lr: taken.lr, event: visit.event.merged(with: taken.event)))
            }
            if step == nextEmit { nextEmit = min(nextEmit + every, steps) }
        }
    }

    /// Steps until `target`, or until a point that needs a look (it diverged or first got
    /// under the tolerance), and returns that point's visit, not yet updated from.
    @inline(__always)
    private func advance<I: StepInputs>(_ state: inout RunState<L, O, I>, until target: Int) -> Visit {
        while true {
            let visit = state.visit()
            guard state.t < target, visit.status == .ok else { return visit }
            _ = state.update(from: visit)
        }
    }

    private func sample(_ visit: Visit, step: Int, lr: Double, event: StepEvent) -> Sample {
        Sample(
            run: info.index, step: step, position: visit.point.position,
            loss: visit.point.loss.isNaN ? landscape.value(at: visit.point.position) : visit.point.loss,
            gradient: visit.point.gradient, lr: lr, status: visit.status, event: event, evals: visit.evals)
    }
}
