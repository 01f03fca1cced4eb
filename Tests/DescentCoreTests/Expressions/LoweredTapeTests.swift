@testable import DescentCore
import Testing

/// The lowered tape computes what the tape's instructions define, bit for bit, and in fewer steps.
@Suite("Expressions, lowered tape")
struct LoweredTapeTests {
    @Test func valuesAndGradientsEqualTheReferenceSweepBitForBit() throws {
        var random = RandomExpressions(seed: 10)
        let sources = typedBuiltIns.map(\.source) + ["x", "y", "-x", "3", "x*x", "x - x", "2^x + y^x", "atan2(y, 1)"]
            + (0..<400).map { _ in random.anyOperation() }
        var compared = 0
        for source in sources {
            let tape = try Expression(source).tape
            let reference = ReferenceSweep(instructions: tape.instructions)
            for point in 0..<40 {
                let p = self.point(point, &random)
                let (value, gradient) = tape.valueAndGradient(at: p)
                let expected = reference.valueAndGradient(at: p)
                #expect(
                    same(value, expected.value) && same(tape.value(at: p), expected.value)
                        && same(gradient.x, expected.gradient.x) && same(gradient.y, expected.gradient.y),
                    "\(source) at \(p): \(value), \(gradient) vs \(expected)")
                compared += 1
            }
        }
        #expect(compared == sources.count * 40)
    }

    @Test func rosenbrockLowersToSevenSteps() throws {
        // x, y and the constants 1 and 100 cost no step; the tape has 11 instructions.
        let tape = try Expression("(1 - x)^2 + 100*(y - x^2)^2").tape
        #expect(tape.instructions.count == 11)
        #expect(tape.lowered.steps.map(\.operation) == [
            .subtractFromConstant, .square, .square, .subtract, .square, .multiplyByConstant, .add,
        ])
    }

    /// Points at several scales, on the axes, at -0, at integers (where floor, sign and pow
    /// change), and far out (where squares overflow).
    private func point(_ index: Int, _ random: inout RandomExpressions) -> Vector2 {
        let specials = [0, -0.0, 1, -1, 2, -2, 0.5, 1e200]
        if index < 8 { return Vector2(specials[index], specials[(index * 3) % 8]) }
        let scale = [1e-3, 1, 3, 1e3, 1e160][index % 5]
        return Vector2(scale * (2 * random.rng.nextUnit() - 1), scale * (2 * random.rng.nextUnit() - 1))
    }

    private func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }
}
