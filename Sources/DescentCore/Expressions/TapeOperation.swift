/// What one instruction of a tape computes.
enum TapeOperation: Hashable, Sendable {
    case x, y
    /// The instruction's `constant`.
    case constant
    case add, subtract, multiply, divide, negate
    /// first ^ second, both varying.
    case power
    /// first², the common `^2`: a product is exact where pow need not be.
    case square
    /// first ^ constant, the exponent known when compiling.
    case powerConstant
    case function(ExpressionFunction)
}

extension TapeOperation {
    /// Whether it takes two operands.
    var isBinary: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .power: return true
        case .function(let f): return f.arity == 2
        case .x, .y, .constant, .negate, .square, .powerConstant: return false
        }
    }
}

/// One step of a tape: applies `operation` to the values in slots `first` and `second` and
/// writes the result to its own slot (slot i holds instruction i's result). A unary operation's
/// `second` is its `first`, and its adjoint for `second` is 0, so the reverse sweep adds both
/// without asking which kind it is.
struct TapeInstruction: Hashable, Sendable {
    var operation: TapeOperation
    var first: Int32 = 0
    var second: Int32 = 0
    var constant: Double = 0
}
