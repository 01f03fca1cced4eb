/// One optimizer's update rule and its state (momentum buffers, moment estimates).
///
/// The gradient it receives already carries the run's noise and weight decay; `lr` is the
/// schedule's value for this step. The simulation loop is generic over conformers.
public protocol Optimizer: Sendable {
    /// Moves `position` one step, updating the optimizer's state.
    mutating func update(_ position: inout Vector2, gradient: Vector2, lr: Double)
    /// Forgets the accumulated velocity (adaptive restart, bold driver); adaptive moments stay.
    mutating func resetMomentum()
}

extension Optimizer {
    public mutating func resetMomentum() {}
}
