/// Collects the operands and operations the parser emits in postfix order into a tape,
/// folding every operation whose operands are all known constants.
struct TapeBuilder {
    private enum Operand {
        case constant(Double)
        case slot(Int32)
    }

    private var instructions: [TapeInstruction] = []
    private var operands: [Operand] = []
    /// x and y get one slot each however often they occur; the reverse sweep sums their adjoints.
    private var variableSlots: [TapeOperation: Int32] = [:]

    mutating func pushConstant(_ value: Double) {
        operands.append(.constant(value))
    }

    mutating func pushVariable(_ variable: TapeOperation) {
        if let slot = variableSlots[variable] {
            operands.append(.slot(slot))
        } else {
            let slot = emit(TapeInstruction(operation: variable))
            variableSlots[variable] = slot
            operands.append(.slot(slot))
        }
    }

    /// Applies `operation` to the top one or two operands.
    mutating func apply(_ operation: TapeOperation) {
        let second: Operand? = operation.isBinary ? operands.removeLast() : nil
        let first = operands.removeLast()
        switch (first, second) {
        case (.constant(let a), .constant(let b)?):
            operands.append(.constant(DerivativeRules.value(operation, a, b, constant: 0)))
        case (.constant(let a), nil):
            operands.append(.constant(DerivativeRules.value(operation, a, 0, constant: 0)))
        case (.slot(let a), .constant(let b)?) where operation == .power:
            let instruction = b == 2
                ? TapeInstruction(operation: .square, first: a, second: a)
                : TapeInstruction(operation: .powerConstant, first: a, second: a, constant: b)
            operands.append(.slot(emit(instruction)))
        default:
            let a = slot(of: first)
            let b = second.map { slot(of: $0) } ?? a
            operands.append(.slot(emit(TapeInstruction(operation: operation, first: a, second: b))))
        }
    }

    /// The finished tape; its last slot holds the one operand left.
    mutating func finish() -> ExpressionTape {
        switch operands.removeLast() {
        case .constant(let value): return ExpressionTape(instructions: [TapeInstruction(operation: .constant, constant: value)])
        case .slot: return ExpressionTape(instructions: instructions)
        }
    }

    private mutating func slot(of operand: Operand) -> Int32 {
        switch operand {
        case .slot(let slot): return slot
        case .constant(let value): return emit(TapeInstruction(operation: .constant, constant: value))
        }
    }

    private mutating func emit(_ instruction: TapeInstruction) -> Int32 {
        instructions.append(instruction)
        return Int32(instructions.count - 1)
    }
}
