/// Everything a run can ask for beyond a constant lr: a schedule or a step-size controller,
/// adaptive restart, gradient noise, weight decay and l1.
struct ControlledInputs: StepInputs {
    let schedule: LearningRateSchedule
    let baseLR: Double
    private(set) var controller: StepSizeController?
    /// The lr a controller maintains (plateau, backtracking's next first trial, bold driver).
    private(set) var currentLR: Double
    let restart: RestartRule?
    private(set) var perturbation: GradientPerturbation
    /// f* for Polyak's step when the controller does not name one.
    let knownMinimum: Double?

    init(run: RunSpec, noise: Xoshiro256StarStar, knownMinimum: Double?) {
        schedule = run.schedule
        baseLR = run.lr
        controller = run.controller
        if case .backtracking(let search) = run.controller {
            currentLR = min(run.lr, search.maxLR)
        } else {
            currentLR = run.lr
        }
        restart = run.restart
        perturbation = GradientPerturbation(run: run, noise: noise)
        self.knownMinimum = knownMinimum
    }

    var needsLoss: Bool { controller != nil || restart == .function }
    static var canUndo: Bool { true }

    mutating func arrive<O: Optimizer>(at point: PointRecord, from previous: PointRecord?, optimizer: inout O) -> Arrival {
        guard let previous else { return Arrival(event: .none) }
        var event = StepEvent.none
        switch controller {
        case .plateau(var plateau):
            event.lrReduced = plateau.step(metric: point.loss, lr: &currentLR)
            controller = .plateau(plateau)
        case .boldDriver(let driver):
            if point.loss > previous.loss {
                currentLR *= driver.shrink
                return Arrival(event: StepEvent(stepUndone: true), undo: true)
            }
            currentLR *= driver.grow
        case .backtracking, .polyak, nil:
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
        let lr: Double
        switch controller {
        case nil:
            lr = schedule.rate(at: t, base: baseLR)
        case .plateau, .boldDriver:
            lr = currentLR
        case .polyak(let polyak):
            lr = polyak.rate(loss: point.loss, gradient: g, minimum: polyak.fMin ?? knownMinimum ?? 0)
            currentLR = lr
        case .backtracking(let search):
            return lineSearch(search, from: point, gradient: g, position: &position, optimizer: &optimizer, evaluations: &evaluations)
        }
        optimizer.update(&position, gradient: g, lr: lr)
        return StepTaken(lr: lr, event: .none)
    }

    /// Armijo backtracking along the optimizer's proposed step. A step that goes uphill
    /// before any shrinking (momentum pointing the wrong way) first restarts the momentum:
    /// no lr makes an uphill step satisfy the condition.
    private mutating func lineSearch<L: Landscape, O: Optimizer>(
        _ search: Backtracking, from point: PointRecord, gradient g: Vector2, position: inout Vector2,
        optimizer: inout O, evaluations: inout Evaluations<L>
    ) -> StepTaken {
        var event = StepEvent.none
        var alpha = currentLR
        func trial(_ alpha: Double) -> (Vector2, O) {
            var p = point.position, o = optimizer
            o.update(&p, gradient: g, lr: alpha)
            return (p, o)
        }
        var (trialPosition, trialOptimizer) = trial(alpha)
        if point.gradient.dot(trialPosition - point.position) > 0 {
            optimizer.resetMomentum()
            event.restarted = true
            (trialPosition, trialOptimizer) = trial(alpha)
        }
        for shrinks in 0...Backtracking.maximumBacktracks {
            let newLoss = evaluations.value(at: trialPosition)
            if search.accepts(newLoss: newLoss, loss: point.loss, gradient: point.gradient, step: trialPosition - point.position) {
                position = trialPosition
                optimizer = trialOptimizer
                currentLR = min(alpha * search.grow, search.maxLR)
                event.backtracks = shrinks
                return StepTaken(lr: alpha, event: event, newLoss: newLoss)
            }
            alpha *= search.shrink
            (trialPosition, trialOptimizer) = trial(alpha)
        }
        // f cannot be decreased measurably along this step: stay, and try afresh next time.
        event.backtracks = Backtracking.maximumBacktracks
        return StepTaken(lr: 0, event: event, newLoss: point.loss)
    }

    func nominalRate(at t: Int) -> Double {
        controller == nil ? schedule.rate(at: t, base: baseLR) : currentLR
    }
}
