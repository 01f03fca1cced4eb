/// The bold driver (Vogl et al. 1988; Battiti 1989): after each step, if the loss went down
/// the lr grows by `grow`; if it went up the step is undone, the lr shrinks by `shrink` and
/// the momentum is zeroed.
public struct BoldDriver: Hashable, Sendable {
    var grow: Double
    var shrink: Double

    init(grow: Double = 1.05, shrink: Double = 0.5) {
        self.grow = grow
        self.shrink = shrink
    }
}

extension BoldDriver {
    /// Judges the step that reached a point of loss `loss` from one of `previousLoss`: a step
    /// that raised the loss is taken back (with the momentum) and the lr shrinks; else it grows.
    func arrive(loss: Double, previousLoss: Double, lr: inout Double) -> Arrival {
        if loss > previousLoss {
            lr *= shrink
            return Arrival(event: StepEvent(stepUndone: true), undo: true)
        }
        lr *= grow
        return Arrival(event: .none)
    }
}
