/// A compiled expression: a flat list of instructions, one slot each, in evaluation order.
///
/// Evaluating it allocates nothing on the heap for tapes that fit the stack buffer (all but
/// enormous ones) and looks nothing up by name: the names were resolved when compiling.
/// The gradient is reverse-mode automatic differentiation: a forward sweep for the values, a
/// backward sweep for the adjoints, with the local rules of `DerivativeRules`.
struct ExpressionTape: Hashable, Sendable {
    /// Never empty; the last instruction's slot is the result.
    let instructions: [TapeInstruction]

    func value(at p: Vector2) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: instructions.count) { values in
            forward(at: p, into: values)
            return values[instructions.count - 1]
        }
    }

    func valueAndGradient(at p: Vector2) -> (value: Double, gradient: Vector2) {
        let count = instructions.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * count) { buffer in
            let values = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            let adjoints = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            forward(at: p, into: values)
            adjoints.initialize(repeating: 0)
            adjoints[count - 1] = 1
            var gradient = Vector2.zero
            instructions.withUnsafeBufferPointer { tape in
                for i in stride(from: count - 1, through: 0, by: -1) {
                    let instruction = tape[i]
                    let g = adjoints[i]
                    switch instruction.operation {
                    case .x: gradient.x += g
                    case .y: gradient.y += g
                    case .constant: break
                    default:
                        let first = Int(instruction.first), second = Int(instruction.second)
                        let (da, db) = DerivativeRules.adjoints(
                            instruction.operation, values[first], values[second], result: values[i],
                            constant: instruction.constant, g)
                        adjoints[first] += da
                        adjoints[second] += db
                    }
                }
            }
            return (values[count - 1], gradient)
        }
    }

    private func forward(at p: Vector2, into values: UnsafeMutableBufferPointer<Double>) {
        instructions.withUnsafeBufferPointer { tape in
            for i in 0..<tape.count {
                let instruction = tape[i]
                switch instruction.operation {
                case .x: values[i] = p.x
                case .y: values[i] = p.y
                case .constant: values[i] = instruction.constant
                default:
                    values[i] = DerivativeRules.value(
                        instruction.operation, values[Int(instruction.first)], values[Int(instruction.second)],
                        constant: instruction.constant)
                }
            }
        }
    }
}
