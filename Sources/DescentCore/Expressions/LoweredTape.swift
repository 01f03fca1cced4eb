/// A tape as the sweeps run it: x and y in registers 0 and 1, then one register per step, and
/// the constant operand of the common arithmetic carried in the step instead of loaded into a
/// register. Loading x, y and constants costs no step, and a step's arithmetic, forward and
/// backward, is one case of one switch, not a call through `DerivativeRules`' nested ones.
///
/// Each step computes what its instruction's rule computes, operation for operation, and the
/// steps keep the instructions' order, so every adjoint receives the same terms in the same
/// order: values and gradients equal the tape's bit for bit. (A constant's adjoint, which
/// the tape accumulates and nobody reads, is not kept.)
///
/// Only x and y have more than one reader: every other register has one, so its adjoint is
/// that reader's one term, handed over in a CPU register or written, never added up or zeroed
/// first. The tape adds that term to 0, which only turns a -0 into +0; a zero adjoint's terms
/// are zeros or NaN whatever its sign, and x's and y's sums, which start at +0, make the same
/// gradient of them.
///
/// The steps live in memory owned by a class and are read through a plain pointer: a run loop
/// calls the sweeps on a landscape it holds in mutable state, and an array there would be
/// retained and released around every call, which costs more than the sweeps.
struct LoweredTape: @unchecked Sendable {
    /// Never written after `init`.
    let steps: UnsafeBufferPointer<LoweredStep>
    private let owner: StepMemory

    init(_ instructions: [TapeInstruction]) {
        var lowering = Lowering()
        for instruction in instructions { lowering.lower(instruction) }
        owner = StepMemory(lowering.finish())
        steps = UnsafeBufferPointer(owner.steps)
    }

    @inline(__always)
    func value(at p: Vector2) -> Double { Self.value(steps, at: p) }

    @inline(__always)
    func valueAndGradient(at p: Vector2) -> (value: Double, gradient: Vector2) { Self.valueAndGradient(steps, at: p) }

    // The sweeps are called, never inlined into a run's loop: inlined, their temporary
    // allocation made the loop copy the run's state, retaining the expression, at every step.
    @inline(never)
    private static func value(_ steps: UnsafeBufferPointer<LoweredStep>, at p: Vector2) -> Double {
        let count = steps.count + 2
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { values in
            forward(steps, at: p, into: values)
            return values[count - 1]
        }
    }

    /// x, y, and a register per step, then their adjoints.
    @inline(never)
    private static func valueAndGradient(
        _ steps: UnsafeBufferPointer<LoweredStep>, at p: Vector2
    ) -> (value: Double, gradient: Vector2) {
        let count = steps.count + 2
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * count) { buffer in
            let values = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            let adjoints = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            forward(steps, at: p, into: values)
            // The other adjoints are written by their reader before they are read.
            adjoints[0] = 0
            adjoints[1] = 0
            adjoints[count - 1] = 1
            backward(steps, values: values, adjoints: adjoints)
            return (values[count - 1], Vector2(adjoints[0], adjoints[1]))
        }
    }

    @inline(__always)
    private static func forward(
        _ steps: UnsafeBufferPointer<LoweredStep>, at p: Vector2, into v: UnsafeMutableBufferPointer<Double>
    ) {
        v[0] = p.x
        v[1] = p.y
        var previous = 0.0
        for (index, step) in steps.enumerated() {
            let a = step.previous == .first ? previous : read(step.first, p, v), c = step.constant
            let result: Double
            switch step.operation {
            case .add: result = a + operand(step, previous, v)
            case .subtract: result = a - operand(step, previous, v)
            case .multiply: result = a * operand(step, previous, v)
            case .addConstant: result = c + a
            case .subtractConstant: result = a - c
            case .subtractFromConstant: result = c - a
            case .multiplyByConstant: result = c * a
            case .divideByConstant: result = a / c
            case .divideConstantBy: result = c / a
            case .negate: result = -a
            case .square: result = a * a
            case .constant: result = c
            case .byRule: result = DerivativeRules.value(step.rule, a, operand(step, previous, v), constant: c)
            }
            v[index + 2] = result
            previous = result
        }
    }

    @inline(__always)
    private static func operand(_ step: LoweredStep, _ previous: Double, _ v: UnsafeMutableBufferPointer<Double>) -> Double {
        step.previous == .second ? previous : v[Int(step.second)]
    }

    /// x and y from the point itself, not from the registers just written: in a run each point
    /// depends on the last gradient, so every wait on reading back a store delays the run.
    @inline(__always)
    private static func read(_ register: Int32, _ p: Vector2, _ v: UnsafeMutableBufferPointer<Double>) -> Double {
        switch register {
        case 0: return p.x
        case 1: return p.y
        default: return v[Int(register)]
        }
    }

    /// The adjoints of the registers, from the result's 1, in the reverse of the steps' order.
    @inline(__always)
    private static func backward(
        _ steps: UnsafeBufferPointer<LoweredStep>, values v: UnsafeMutableBufferPointer<Double>,
        adjoints: UnsafeMutableBufferPointer<Double>
    ) {
        var handedOver = 0.0
        for index in stride(from: steps.count - 1, through: 0, by: -1) {
            let step = steps[index]
            let g = step.feedsNext ? handedOver : adjoints[index + 2]
            let a = v[Int(step.first)], c = step.constant
            func pass(_ term: Double, to operand: LoweredStep.Previous) {
                if step.previous == operand {
                    handedOver = term
                } else {
                    let register = Int(operand == .first ? step.first : step.second)
                    if register < 2 { adjoints[register] += term } else { adjoints[register] = term }
                }
            }
            switch step.operation {
            case .add:
                pass(g, to: .first)
                pass(g, to: .second)
            case .subtract:
                pass(g, to: .first)
                pass(-g, to: .second)
            case .multiply:
                pass(g * v[Int(step.second)], to: .first)
                pass(g * a, to: .second)
            case .addConstant, .subtractConstant: pass(g, to: .first)
            case .subtractFromConstant, .negate: pass(-g, to: .first)
            case .multiplyByConstant: pass(g * c, to: .first)
            case .divideByConstant: pass(g / c, to: .first)
            case .divideConstantBy: pass(-g * c / (a * a), to: .first)
            case .square: pass(g * 2 * a, to: .first)
            case .constant: break
            case .byRule:
                let (da, db) = DerivativeRules.adjoints(
                    step.rule, a, v[Int(step.second)], result: v[index + 2], constant: c, g)
                pass(da, to: .first)
                // A unary operation's term for its second operand is 0.
                if step.rule.isBinary { pass(db, to: .second) }
            }
        }
    }
}

/// The memory of a lowered tape's steps, freed with the last copy of the tape.
private final class StepMemory: @unchecked Sendable {
    /// Written once, in `init`.
    let steps: UnsafeMutableBufferPointer<LoweredStep>

    init(_ steps: [LoweredStep]) {
        self.steps = .allocate(capacity: steps.count)
        _ = self.steps.initialize(from: steps)
    }

    deinit {
        steps.deallocate()
    }
}
