/// What drives a run besides its optimizer: the lr of each update and how it is chosen, the
/// gradient the optimizer is shown, and reactions to each point reached (restarts, undone
/// steps). The run loop is generic over it so that the common case, a constant lr on the
/// exact gradient, compiles to a loop with no calls.
protocol StepInputs: Sendable {
    /// The method evaluates f at every point it reaches (counted as an evaluation).
    var needsLoss: Bool { get }
    /// The method may take back its last update, so the loop keeps the optimizer from before it.
    static var canUndo: Bool { get }
    /// Reacts to reaching `point`, one update after `previous` (nil at the start).
    mutating func arrive<O: Optimizer>(at point: PointRecord, from previous: PointRecord?, optimizer: inout O) -> Arrival
    /// Takes the update from `point`, the run's step t.
    mutating func update<L: Landscape, O: Optimizer>(
        from point: PointRecord, step t: Int, position: inout Vector2, optimizer: inout O,
        evaluations: inout Evaluations<L>
    ) -> StepTaken
    /// The lr the update from `point`, step t, would use: for a last row, which has no update.
    func nominalRate(at t: Int, point: PointRecord) -> Double
    /// Every update from step t on sees the same lr and gradient at the same point and reacts
    /// to nothing: what lets a run stay at a fixed point (`RunLoop`).
    func repeatsItself(from t: Int) -> Bool
}

/// What the inputs made of a point on arrival.
struct Arrival {
    var event: StepEvent
    /// Return to the previous point and optimizer state (the bold driver's undo).
    var undo = false
}

/// What an update did.
struct StepTaken {
    var lr: Double
    var event: StepEvent
    /// f at the new point when the update already evaluated it (a line search's accepted trial).
    var newLoss: Double?
}

/// A constant lr on the landscape's exact gradient.
struct ExactInputs: StepInputs {
    let rate: Double

    var needsLoss: Bool { false }
    static var canUndo: Bool { false }

    @inline(__always)
    func arrive<O: Optimizer>(at point: PointRecord, from previous: PointRecord?, optimizer: inout O) -> Arrival {
        Arrival(event: .none)
    }

    @inline(__always)
    func update<L: Landscape, O: Optimizer>(
        from point: PointRecord, step t: Int, position: inout Vector2, optimizer: inout O,
        evaluations: inout Evaluations<L>
    ) -> StepTaken {
        optimizer.update(&position, gradient: point.gradient, lr: rate)
        return StepTaken(lr: rate, event: .none)
    }

    func nominalRate(at t: Int, point: PointRecord) -> Double { rate }

    func repeatsItself(from t: Int) -> Bool { true }
}
