/// What theory predicts for a run (REFERENCE.md A10): on a landscape of constant curvature,
/// for an optimizer with a closed form, at a constant lr on the exact gradient (coupled weight
/// decay w only adds w to each curvature). Anything that changes the step over time or
/// perturbs it (a schedule, a controller, a restart, noise, l1) leaves no prediction.
extension AnyLandscape {
    func predictedRate(of run: RunSpec) -> Double? {
        guard let curvatures = predictableCurvatures(of: run) else { return nil }
        let rates = curvatures.map { run.optimizer.base.quadraticRate(lr: run.lr, curvature: $0) }
        guard let first = rates.first, first != nil else { return nil }
        return rates.compactMap { $0 }.max()
    }

    /// Whether theory applies to the run at all (whatever its lr, μ or start): where it does
    /// not, `predictedRate` is nil.
    func predictsRates(of run: RunSpec) -> Bool {
        predictableCurvatures(of: run) != nil
    }

    /// The lr (and μ) at which `predictedRate` is least for the run's optimizer with its other
    /// settings: the optimum a map of lr and μ marks.
    func predictedOptimum(of run: RunSpec) -> (lr: Double, momentum: Double?)? {
        guard let curvatures = predictableCurvatures(of: run), let lowest = curvatures.min(), let highest = curvatures.max(),
            lowest > 0
        else { return nil }
        return run.optimizer.base.quadraticOptimum(lowest: lowest, highest: highest)
    }

    /// The curvatures the run's error modes see, where theory applies to the run at all.
    private func predictableCurvatures(of run: RunSpec) -> [Double]? {
        guard let curvatures, run.stepSize == .constant, run.restart == nil, run.noise == 0, run.l1 == 0,
            !run.optimizer.decouplesWeightDecay
        else { return nil }
        return curvatures.map { $0 + run.weightDecay }
    }
}
