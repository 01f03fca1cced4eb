@testable import DescentCore

/// A tape evaluated the plain way, instruction by instruction through `DerivativeRules`, with
/// every adjoint in memory: what `LoweredTape` must reproduce bit for bit.
struct ReferenceSweep {
    let instructions: [TapeInstruction]

    func valueAndGradient(at p: Vector2) -> (value: Double, gradient: Vector2) {
        let count = instructions.count
        var values = [Double](repeating: 0, count: count)
        for (i, instruction) in instructions.enumerated() {
            switch instruction.operation {
            case .x: values[i] = p.x
            case .y: values[i] = p.y
            default:
                values[i] = DerivativeRules.value(
                    instruction.operation, values[Int(instruction.first)], values[Int(instruction.second)],
                    constant: instruction.constant)
            }
        }
        var adjoints = [Double](repeating: 0, count: count)
        adjoints[count - 1] = 1
        var gradient = Vector2.zero
        for (i, instruction) in instructions.enumerated().reversed() {
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
        return (values[count - 1], gradient)
    }
}
