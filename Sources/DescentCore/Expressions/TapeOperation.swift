/// What one instruction of a tape computes.
enum TapeOperation: Hashable, Sendable {
    case x, y
    /// The instruction's `constant`.
    case constant
    case add, subtract, multiply, divide, negate
    /// first ^ second, both varying.
    case power
    /// first ^ constant, the exponent known when compiling (the common `^2`).
    case powerConstant
    case function(ExpressionFunction)
}

/// One step of a tape: applies `operation` to the values in slots `first` and `second` and
/// writes the result to its own slot (slot i holds instruction i's result).
struct TapeInstruction: Hashable, Sendable {
    var operation: TapeOperation
    var first: Int32 = 0
    var second: Int32 = 0
    var constant: Double = 0
}
