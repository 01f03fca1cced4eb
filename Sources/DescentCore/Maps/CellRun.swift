/// One cell's run, stepped as `--every 1` writes it (every step a row, every loss judged, so
/// it ends where the trajectory ends), keeping only what the cell's outcome needs: how it
/// ended and a rate fit toward each known minimum (which one it approaches is known only at
/// its end). Specialised per landscape, optimizer and inputs, as the trajectory's loop is.
struct CellRun<L: Landscape, O: Optimizer, I: StepInputs> {
    /// Which of the batch's cells it is.
    let position: Int
    private let steps: Int
    private let stopAtTolerance: Bool
    private var state: RunState<L, O, I>
    private var fits: [RateFit]

    init(position: Int, state: RunState<L, O, I>, minima: [KnownMinimum], steps: Int, stopAtTolerance: Bool) {
        self.position = position
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
        // Read before written: the fits' storage is touched only on the rare steps they take.
        for i in fits.indices where !fits[i].ignores(visit.point.position) {
            fits[i].add(step: visit.step, at: visit.point.position)
        }
        if overflowed || visit.step == steps || visit.status == .diverged
            || (visit.status == .converged && stopAtTolerance)
        {
            return end(at: visit)
        }
        _ = state.update(from: &visit)
        // An lr that is not finite ends the run at the point it was to update from.
        return visit.event.lrNotFinite ? end(at: visit) : nil
    }

    private func end(at visit: Visit) -> CellEnd {
        CellEnd(
            position: visit.point.position, loss: visit.point.loss, diverged: visit.status == .diverged,
            convergedAt: state.convergedAt, convergedEvals: state.convergedEvals, rates: fits.map(\.rate))
    }
}

/// How a cell's run ended: all its outcome is made of.
struct CellEnd {
    let position: Vector2
    let loss: Double
    let diverged: Bool
    let convergedAt: Int?
    let convergedEvals: Int?
    /// The measured rate toward each known minimum, in the landscape's order.
    let rates: [Double?]
}
