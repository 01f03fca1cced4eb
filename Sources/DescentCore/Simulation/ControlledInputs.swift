/// Everything a run can ask for beyond a constant lr: a schedule or a step-size controller,
/// adaptive restart, gradient noise, weight decay and l1. Each controller's behaviour lives
/// with the controller; this only dispatches.
struct ControlledInputs: StepInputs {
    private(set) var rule: StepSizeRule
    let baseLR: Double
    /// The lr a controller maintains (plateau, backtracking's next first trial, bold driver, Polyak).
    private(set) var currentLR: Double
    let restart: RestartRule?
    private(set) var perturbation: GradientPerturbation
    /// f* for Polyak's step when the controller does not name one.
    let knownMinimum: Double?

    init(run: RunSpec, runLength: Int, noise: Xoshiro256StarStar, knownMinimum: Double?) {
        rule = run.stepSize.resolved(runLength: runLength)
        baseLR = run.lr
        if case .controller(.backtracking(let search)) = rule {
            currentLR = min(run.lr, search.maxLR)
        } else {
            currentLR = run.lr
        }
        restart = run.restart
        perturbation = GradientPerturbation(run: run, noise: noise)
        self.knownMinimum = knownMinimum
    }

    var needsLoss: Bool {
        if case .controller = rule { return true }
        return restart == .function
    }

    static var canUndo: Bool { true }
    /// Its schedules, controllers and noise may change the update from step to step.

    mutating func arrive<O: Optimizer>(at point: PointRecord, from previous: PointRecord?, optimizer: inout O) -> Arrival {
        guard let previous else { return Arrival(event: .none) }
        var event = StepEvent.none
        switch rule {
        case .controller(.plateau(var plateau)):
            event.lrReduced = plateau.step(metric: point.loss, lr: &currentLR)
            rule = .controller(.plateau(plateau))
        case .controller(.boldDriver(let driver)):
            let arrival = driver.arrive(loss: point.loss, previousLoss: previous.loss, lr: &currentLR)
            if arrival.undo { return arrival }
        case .controller(.backtracking), .controller(.polyak), .schedule:
            break
        }
        if let restart, restart.fires(current: point, previous: previous) {
            optimizer.resetMomentum()
            event.restarted = true
        }
        return Arrival(event: event)
    }

    mutating func update<L: Landscape, O: Optimizer>(
        from point: PointRecord, step t: Int, position: inout Vector2, optimizer: inout O,
        evaluations: inout Evaluations<L>
    ) -> StepTaken {
        let g = perturbation.apply(to: point.gradient, at: point.position)
        if case .controller(.backtracking(let search)) = rule {
            return search.search(
                from: point, gradient: g, lr: &currentLR, position: &position, optimizer: &optimizer,
                evaluations: &evaluations)
        }
        let lr = rate(at: t, point: point, gradient: g)
        optimizer.update(&position, gradient: g, lr: lr)
        return StepTaken(lr: lr, event: .none)
    }

    /// The lr of the update from `point` at step t, the optimizer being shown gradient `g`.
    private func rate(at t: Int, point: PointRecord, gradient g: Vector2) -> Double {
        switch rule {
        case .schedule(let schedule):
            return schedule.rate(at: t, base: baseLR)
        case .controller(.polyak(let polyak)):
            return polyak.rate(loss: point.loss, gradient: g, minimum: polyak.fMin ?? knownMinimum ?? 0)
        case .controller:
            return currentLR
        }
    }

    /// Noise draws anew at every step, and a restart compares with the point before, which the
    /// first step at a fixed point still came from; weight decay and l1 depend on the point only.
    func repeatsItself(from t: Int) -> Bool {
        rule.isSettled(at: t) && perturbation.noiseLevel == 0 && restart == nil
    }

    /// The update from the last point is never taken; its lr is computed as that update would,
    /// with the gradient (and noise) it would see.
    func nominalRate(at t: Int, point: PointRecord) -> Double {
        var perturbation = perturbation
        return rate(at: t, point: point, gradient: perturbation.apply(to: point.gradient, at: point.position))
    }
}
