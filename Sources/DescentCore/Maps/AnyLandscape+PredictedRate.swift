/// The rate theory predicts for a run (REFERENCE.md A10): on a landscape of constant curvature,
/// for an optimizer with a closed form, at a constant lr on the exact gradient (coupled weight
/// decay w only adds w to each curvature). Anything that changes the step over time or
/// perturbs it (a schedule, a controller, a restart, noise, l1) leaves no prediction.
extension AnyLandscape {
    func predictedRate(of run: RunSpec) -> Double? {
        guard let curvatures, run.stepSize == .constant, run.restart == nil, run.noise == 0, run.l1 == 0,
            !run.optimizer.decouplesWeightDecay
        else { return nil }
        let rates = curvatures.map { run.optimizer.base.quadraticRate(lr: run.lr, curvature: $0 + run.weightDecay) }
        guard let first = rates.first, first != nil else { return nil }
        return rates.compactMap { $0 }.max()
    }
}
