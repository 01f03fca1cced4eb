/// One of the built-in optimizers with its settings, chosen at run time. `open(_:)` hands
/// the concrete optimizer to a generic visitor so the simulation loop specialises for it.
public enum AnyOptimizer: Hashable, Sendable {
    case sgd(SGD)
    case momentum(Momentum)
    case nesterov(Nesterov)
    case adam(Adam)
    case rmsprop(RMSprop)
    case adagrad(Adagrad)

    public func open<V: OptimizerVisitor>(_ visitor: V) throws(V.Failure) -> V.Result {
        switch self {
        case .sgd(let o): return try visitor.visit(o)
        case .momentum(let o): return try visitor.visit(o)
        case .nesterov(let o): return try visitor.visit(o)
        case .adam(let o): return try visitor.visit(o)
        case .rmsprop(let o): return try visitor.visit(o)
        case .adagrad(let o): return try visitor.visit(o)
        }
    }

    /// The catalog name (CSV column `optimizer`).
    public var name: String {
        switch self {
        case .sgd: return "sgd"
        case .momentum: return "momentum"
        case .nesterov: return "nesterov"
        case .adam: return "adam"
        case .rmsprop: return "rmsprop"
        case .adagrad: return "adagrad"
        }
    }

    /// The momentum coefficient, for optimizers that have one.
    public var momentum: Double? {
        switch self {
        case .momentum(let o): return o.momentum
        case .nesterov(let o): return o.momentum
        case .rmsprop(let o): return o.momentum
        case .sgd, .adam, .adagrad: return nil
        }
    }
}
