/// A compiled expression: a flat list of instructions, one slot each, in evaluation order.
///
/// Evaluating it allocates nothing on the heap for tapes that fit the stack buffer (all but
/// enormous ones) and looks nothing up by name: the names were resolved when compiling.
/// The gradient is reverse-mode automatic differentiation: a forward sweep for the values, a
/// backward sweep for the adjoints, with the local rules of `DerivativeRules`; the sweeps run
/// over the instructions lowered once into a `LoweredTape`, which computes the same numbers.
struct ExpressionTape: Hashable, Sendable {
    /// Never empty; the last instruction's slot is the result.
    let instructions: [TapeInstruction]
    let lowered: LoweredTape

    init(instructions: [TapeInstruction]) {
        self.instructions = instructions
        lowered = LoweredTape(instructions)
    }

    @inline(__always)
    func value(at p: Vector2) -> Double { lowered.value(at: p) }

    @inline(__always)
    func valueAndGradient(at p: Vector2) -> (value: Double, gradient: Vector2) { lowered.valueAndGradient(at: p) }

    /// Tapes are equal when their instructions are: the lowered form follows from them.
    static func == (a: ExpressionTape, b: ExpressionTape) -> Bool { a.instructions == b.instructions }

    func hash(into hasher: inout Hasher) { hasher.combine(instructions) }
}
