/// One of the built-in optimizers with its settings, chosen at run time. `open(_:)` hands
/// the concrete optimizer to a generic visitor so the simulation loop specialises for it;
/// everything else asks the optimizer itself.
public enum AnyOptimizer: Hashable, Sendable {
    case sgd(SGD)
    case momentum(Momentum)
    case nesterov(Nesterov)
    case adam(Adam)
    case rmsprop(RMSprop)
    case adagrad(Adagrad)

    func open<V: OptimizerVisitor>(_ visitor: V) throws(V.Failure) -> V.Result {
        switch self {
        case .sgd(let o): return try visitor.visit(o)
        case .momentum(let o): return try visitor.visit(o)
        case .nesterov(let o): return try visitor.visit(o)
        case .adam(let o): return try visitor.visit(o)
        case .rmsprop(let o): return try visitor.visit(o)
        case .adagrad(let o): return try visitor.visit(o)
        }
    }

    /// The same optimizer with momentum coefficient `value` (a fresh state).
    public func withMomentum(_ value: Double) -> AnyOptimizer {
        switch self {
        case .sgd(let o): return .sgd(o.withMomentumCoefficient(value))
        case .momentum(let o): return .momentum(o.withMomentumCoefficient(value))
        case .nesterov(let o): return .nesterov(o.withMomentumCoefficient(value))
        case .adam(let o): return .adam(o.withMomentumCoefficient(value))
        case .rmsprop(let o): return .rmsprop(o.withMomentumCoefficient(value))
        case .adagrad(let o): return .adagrad(o.withMomentumCoefficient(value))
        }
    }

    /// The concrete optimizer as an existential, for code off the hot path.
    var base: any Optimizer { open(Unwrap()) }

    public var name: String { base.name }
    /// The momentum coefficient, for optimizers that have one.
    public var momentum: Double? { base.momentumCoefficient }
    public var acceptsRestart: Bool { base.acceptsRestart }
    /// The least μ it accepts (Nesterov needs μ > 0, as PyTorch).
    public var lowestMomentum: Double { base.lowestMomentum }
    public var decouplesWeightDecay: Bool { base.decouplesWeightDecay }

    /// What its catalog entry requires of an lr that `lr` breaks ("> 0 and finite"), or nil:
    /// an edit must leave a run that its scenario file can hold.
    public func lrViolation(_ lr: Double) -> String? {
        OptimizerCatalog.entry(named: name)?.parameter(named: OptimizerCatalog.lrName)?.constraint.violation(by: .number(lr))
    }

    public func lookAhead(from position: Vector2, previous: Vector2) -> Vector2? {
        base.lookAhead(from: position, previous: previous)
    }

    /// Momentum moved by `delta` within [lowest, 0.99], rounded to hundredths; nil when the
    /// optimizer has no momentum or it would not change. A μ already under the optimizer's
    /// lowest is not pushed up.
    public func shiftingMomentum(by delta: Double) -> AnyOptimizer? {
        guard let momentum else { return nil }
        let shifted = min(0.99, max(min(base.lowestMomentum, momentum), ((momentum + delta) * 100).rounded() / 100))
        guard shifted != momentum else { return nil }
        return withMomentum(shifted)
    }

    /// Its own settings by catalog parameter name (`momentum`, `betas`, `eps`, ...), not the
    /// run's lr or coupled weight decay.
    public var settings: [String: ParameterValue] { base.settings }

    /// The next optimizer in catalog order, keeping what it shares with this one.
    public var next: AnyOptimizer {
        let entries = OptimizerCatalog.entries
        let position = entries.firstIndex { $0.name == name } ?? -1
        return sharingSettings(with: entries[(position + 1) % entries.count])
    }

    /// `entry`'s optimizer with every setting of this one that it has too (by name, its own on
    /// both sides, valid there): momentum → nesterov keeps μ and the form, Adam → AdamW the
    /// betas, eps and amsgrad. A setting still at this optimizer's default is no choice and
    /// is not carried: RMSprop's eps 1e-8 does not replace Adagrad's 1e-10.
    func sharingSettings(with entry: CatalogEntry<AnyOptimizer>) -> AnyOptimizer {
        let defaults = OptimizerCatalog.entry(named: name)
        let theirs = entry.make().settings
        var kept: [String: ParameterValue] = [:]
        for (key, value) in settings where theirs[key] != nil {
            guard let parameter = entry.parameter(named: key), parameter.constraint.violation(by: value) == nil,
                value != defaults?.parameter(named: key)?.defaultValue
            else { continue }
            kept[key] = value
        }
        return entry.make(kept)
    }

    private struct Unwrap: OptimizerVisitor {
        func visit<O: Optimizer>(_ optimizer: O) -> any Optimizer { optimizer }
    }
}
