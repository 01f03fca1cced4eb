/// One step of a `LoweredTape`: applies `operation` to its operands (registers `first` and
/// `second`, or `first` and `constant`) and writes its own register.
struct LoweredStep: Sendable {
    enum Operation: Hashable, Sendable {
        case add, subtract, multiply
        /// With the step's constant as the other operand, on the side its name says.
        case addConstant, subtractConstant, subtractFromConstant, multiplyByConstant, divideByConstant, divideConstantBy
        case negate, square
        /// Loads the step's constant, for an operand of a `rule`.
        case constant
        /// `rule`, by its `DerivativeRules`: the other operations, rare, and dearer than that
        /// nested switch.
        case byRule
    }

    /// Which operand is the result of the step just before, if one is.
    enum Previous: Sendable {
        case first, second
    }

    var operation: Operation
    var first: Int32
    /// A unary operation's `second` is its `first`.
    var second: Int32
    var constant: Double = 0
    var rule = TapeOperation.constant
    /// The sweeps hand this operand over in a CPU register rather than through memory, where
    /// reading back a value just written would wait on the store at every step.
    var previous: Previous? = nil
    /// Whether the next step's `previous` is this step's result.
    var feedsNext = false
}
