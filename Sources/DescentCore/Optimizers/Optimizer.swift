/// One optimizer's update rule and its state (momentum buffers, moment estimates), with the
/// facts about it that the scenario and the view ask for.
///
/// The gradient it receives already carries the run's noise and weight decay; `lr` is the
/// schedule's value for this step. The simulation loop is generic over conformers.
protocol Optimizer: Sendable, Hashable {
    /// The catalog name (CSV column `optimizer`).
    var name: String { get }
    /// Moves `position` one step, updating the optimizer's state.
    mutating func update(_ position: inout Vector2, gradient: Vector2, lr: Double)
    /// Forgets the accumulated velocity (adaptive restart, bold driver); adaptive moments stay.
    mutating func resetMomentum()
    /// The momentum coefficient μ, for optimizers that have one.
    var momentumCoefficient: Double? { get }
    /// The same settings with μ replaced (a fresh state).
    func withMomentumCoefficient(_ momentum: Double) -> Self
    /// The least μ the optimizer accepts.
    var lowestMomentum: Double { get }
    /// The asymptotic linear rate of ‖z_k − z*‖ at constant `lr` along an eigenvector of
    /// curvature λ of a quadratic (REFERENCE.md A10); nil where theory gives no closed form.
    func quadraticRate(lr: Double, curvature: Double) -> Double?
    /// The constant lr (and μ) with the smallest `quadraticRate` over curvatures from `lowest`
    /// to `highest` > 0 (REFERENCE.md A10); nil where theory gives no closed form.
    func quadraticOptimum(lowest: Double, highest: Double) -> (lr: Double, momentum: Double?)?
    /// It carries a heavy-ball velocity that adaptive restart can zero.
    var acceptsRestart: Bool { get }
    /// Where the next gradient is taken, when not at `position` (Nesterov's look-ahead), having
    /// come from `previous`.
    func lookAhead(from position: Vector2, previous: Vector2) -> Vector2?
    /// Weight decay it applies itself (AdamW's `p *= 1 − lr·wd`), so the run adds none to the gradient.
    var decouplesWeightDecay: Bool { get }
    /// Its own settings by catalog parameter name (not the run's lr or coupled weight decay):
    /// what it may share with another optimizer that has a setting of the same name.
    var settings: [String: ParameterValue] { get }
    /// Its state as it stands, named as in PyTorch's `optimizer.state` (`momentum_buffer`,
    /// `exp_avg`, …), with what a reader derives from it (Adam's bias-corrected m̂ and v̂).
    var namedState: [(name: String, value: Vector2)] { get }
    /// Its next update, given the same point, gradient and lr, does exactly what the update
    /// from `earlier` to here did: the state that update reads is bit for bit unchanged, and
    /// none of it depends on how many updates have been taken any more. Then so does every
    /// later one, and the run is at a fixed point (`RunLoop`).
    func repeatsUpdate(from earlier: Self) -> Bool
    /// Counts `updates` more updates that changed nothing else: a fixed point passed over.
    mutating func skip(updates: Int)
}

extension Optimizer {
    mutating func resetMomentum() {}
    var momentumCoefficient: Double? { nil }
    func withMomentumCoefficient(_ momentum: Double) -> Self { self }
    var lowestMomentum: Double { 0 }
    func quadraticRate(lr: Double, curvature: Double) -> Double? { nil }
    func quadraticOptimum(lowest: Double, highest: Double) -> (lr: Double, momentum: Double?)? { nil }
    var acceptsRestart: Bool { false }
    func lookAhead(from position: Vector2, previous: Vector2) -> Vector2? { nil }
    var decouplesWeightDecay: Bool { false }
    var settings: [String: ParameterValue] { [:] }
    var namedState: [(name: String, value: Vector2)] { [] }
    mutating func skip(updates: Int) {}
}
