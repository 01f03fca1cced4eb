/// Turns a tape's instructions, in order, into the steps of a `LoweredTape`.
struct Lowering {
    /// Where a tape slot's value is found when a step reads it.
    private enum Operand {
        case register(Int32)
        case constant(Double)
    }

    private var steps: [LoweredStep] = []
    /// By tape slot.
    private var operands: [Operand] = []

    mutating func lower(_ instruction: TapeInstruction) {
        let operand: Operand
        switch instruction.operation {
        case .x: operand = .register(0)
        case .y: operand = .register(1)
        case .constant: operand = .constant(instruction.constant)
        default:
            operand = .register(emit(step(for: instruction)))
        }
        operands.append(operand)
    }

    /// The steps; the last one's register holds the result.
    mutating func finish() -> [LoweredStep] {
        switch operands.last! {
        case .register(let result) where result == steps.count + 1: break
        // x or y alone: times 1 copies it exactly, -0 and NaN included, and passes the adjoint on.
        case .register(let variable):
            _ = emit(LoweredStep(operation: .multiplyByConstant, first: variable, second: variable, constant: 1))
        case .constant(let value): _ = register(of: .constant(value))
        }
        return steps
    }

    private mutating func step(for instruction: TapeInstruction) -> LoweredStep {
        let first = operands[Int(instruction.first)], second = operands[Int(instruction.second)]
        switch (instruction.operation, first, second) {
        case (.add, .register(let a), .register(let b)): return LoweredStep(operation: .add, first: a, second: b)
        case (.subtract, .register(let a), .register(let b)): return LoweredStep(operation: .subtract, first: a, second: b)
        case (.multiply, .register(let a), .register(let b)): return LoweredStep(operation: .multiply, first: a, second: b)
        case (.add, .register(let a), .constant(let c)), (.add, .constant(let c), .register(let a)):
            return LoweredStep(operation: .addConstant, first: a, second: a, constant: c)
        case (.subtract, .register(let a), .constant(let c)):
            return LoweredStep(operation: .subtractConstant, first: a, second: a, constant: c)
        case (.subtract, .constant(let c), .register(let a)):
            return LoweredStep(operation: .subtractFromConstant, first: a, second: a, constant: c)
        case (.multiply, .register(let a), .constant(let c)), (.multiply, .constant(let c), .register(let a)):
            return LoweredStep(operation: .multiplyByConstant, first: a, second: a, constant: c)
        case (.divide, .register(let a), .constant(let c)):
            return LoweredStep(operation: .divideByConstant, first: a, second: a, constant: c)
        case (.divide, .constant(let c), .register(let a)):
            return LoweredStep(operation: .divideConstantBy, first: a, second: a, constant: c)
        case (.negate, .register(let a), _): return LoweredStep(operation: .negate, first: a, second: a)
        case (.square, .register(let a), _): return LoweredStep(operation: .square, first: a, second: a)
        default:
            return LoweredStep(
                operation: .byRule, first: register(of: first), second: register(of: second),
                constant: instruction.constant, rule: instruction.operation)
        }
    }

    private mutating func register(of operand: Operand) -> Int32 {
        switch operand {
        case .register(let register): return register
        case .constant(let value): return emit(LoweredStep(operation: .constant, first: 0, second: 0, constant: value))
        }
    }

    private mutating func emit(_ step: LoweredStep) -> Int32 {
        var step = step
        if !steps.isEmpty {
            let previousRegister = Int32(steps.count + 1)
            if step.first == previousRegister {
                step.previous = .first
            } else if step.second == previousRegister {
                step.previous = .second
            }
            steps[steps.count - 1].feedsNext = step.previous != nil
        }
        steps.append(step)
        return Int32(steps.count + 1)
    }
}
