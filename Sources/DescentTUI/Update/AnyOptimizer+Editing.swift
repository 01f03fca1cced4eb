import DescentCore

extension AnyOptimizer {
    /// The order `o` steps through.
    static let cycle = ["sgd", "momentum", "nesterov", "adam", "rmsprop", "adagrad"]

    /// The next optimizer in the cycle, with its catalog defaults (the run keeps its lr).
    var next: AnyOptimizer {
        let position = Self.cycle.firstIndex(of: name) ?? -1
        return OptimizerCatalog.entry(named: Self.cycle[(position + 1) % Self.cycle.count])!.make()
    }

    /// Whether adaptive restart applies: it zeroes a heavy-ball velocity, which only momentum
    /// and nesterov have (the scenario schema allows it on these alone).
    var acceptsRestart: Bool {
        switch self {
        case .momentum, .nesterov: return true
        case .sgd, .adam, .rmsprop, .adagrad: return false
        }
    }

    /// Momentum moved by `delta` within [0, 0.99] (Nesterov's stays above 0, as PyTorch
    /// requires), rounded to hundredths; nil when the optimizer has no momentum or it would not change.
    func shiftingMomentum(by delta: Double) -> AnyOptimizer? {
        guard let momentum else { return nil }
        let lowest = if case .nesterov = self { min(0.05, momentum) } else { 0.0 }
        let shifted = min(0.99, max(lowest, ((momentum + delta) * 100).rounded() / 100))
        guard shifted != momentum else { return nil }
        switch self {
        case .momentum(let o): return .momentum(Momentum(momentum: shifted, dampening: o.dampening, form: o.form))
        case .nesterov(let o): return .nesterov(Nesterov(momentum: shifted, form: o.form))
        case .rmsprop(let o): return .rmsprop(RMSprop(alpha: o.alpha, eps: o.eps, momentum: shifted, centered: o.centered))
        case .sgd, .adam, .adagrad: return nil
        }
    }
}
