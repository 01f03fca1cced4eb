import Foundation
@testable import DescentCore
import Testing

/// The tape's gradient: against central differences on random formulas, and against the values
/// PyTorch's autograd gives where a derivative is undefined.
@Suite("Expressions, gradients")
struct ReverseModeTests {
    @Test func randomExpressionsMatchCentralDifferences() throws {
        var random = RandomExpressions(seed: 2026)
        var checked = 0
        for _ in 0..<300 {
            let expression = try Expression(random.smooth())
            for _ in 0..<5 {
                let p = Vector2(4 * random.rng.nextUnit() - 2, 4 * random.rng.nextUnit() - 2)
                let f = expression.value(at: p), g = expression.gradient(at: p)
                guard f.isFinite, g.isFinite, abs(f) < 1e6 else { continue }
                let h = 1e-6
                let dx = (expression.value(at: p + Vector2(h, 0)) - expression.value(at: p - Vector2(h, 0))) / (2 * h)
                let dy = (expression.value(at: p + Vector2(0, h)) - expression.value(at: p - Vector2(0, h))) / (2 * h)
                guard dx.isFinite, dy.isFinite else { continue }
                let scale = 1 + g.norm + abs(f) * 1e-4
                #expect((g - Vector2(dx, dy)).norm <= 1e-5 * scale, "\(expression.source) at \(p): \(g) vs \(dx), \(dy)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// Value and gradient printed by torch 2.15 (float64) for the same formula at the same point.
    @Test(arguments: [
        ("abs(x) + 0*y", Vector2(0, 0), 0.0, Vector2(0, 0)),
        ("sqrt(x) + 0*y", Vector2(0, 0), 0, Vector2(.infinity, 0)),
        ("sqrt(x*x) + y", Vector2(0, 0), 0, Vector2(.nan, 1)),
        ("max(x, y)", Vector2(1, 1), 1, Vector2(0.5, 0.5)),
        ("min(x, y)", Vector2(1, 1), 1, Vector2(0.5, 0.5)),
        ("max(x, y)", Vector2(2, 1), 2, Vector2(1, 0)),
        ("hypot(x, y)", Vector2(0, 0), 0, Vector2(.nan, .nan)),
        ("atan2(y, x)", Vector2(0, 0), 0, Vector2(0, 0)),
        ("x^2 + 0*y", Vector2(0, 0), 0, Vector2(0, 0)),
        ("x^y", Vector2(0, 2), 0, Vector2(0, 0)),
        ("x^y", Vector2(0, 0), 1, Vector2(0, 0)),
        ("x^0.5 + 0*y", Vector2(0, 0), 0, Vector2(.infinity, 0)),
        ("sign(x) + floor(y) + ceil(x)", Vector2(0.5, 0.5), 2, Vector2(0, 0)),
        ("log(x) + y", Vector2(0, 0), -.infinity, Vector2(.infinity, 1)),
        ("acos(x) + y", Vector2(1, 0), 0, Vector2(-.infinity, 1)),
        ("x^y", Vector2(-2, 0.5), .nan, Vector2(.nan, .nan)),
        ("x^0 + y", Vector2(0, 0), 1, Vector2(0, 1)),
    ])
    func pytorchConventions(source: String, at p: Vector2, value: Double, gradient: Vector2) throws {
        let expression = try Expression(source)
        let (foundValue, foundGradient) = expression.tape.valueAndGradient(at: p)
        #expect(same(foundValue, value) && same(foundValue, expression.value(at: p)))
        #expect(same(foundGradient.x, gradient.x) && same(foundGradient.y, gradient.y), "\(foundGradient)")
    }

    private func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }

    @Test func constantsFoldAndVariablesShareASlot() throws {
        // 2*pi*3 folds into one constant; x, used three times, is loaded once.
        let expression = try Expression("2*pi*3*x + x*x - x")
        let operations = expression.tape.instructions.map(\.operation)
        #expect(operations.filter { $0 == .x }.count == 1)
        #expect(operations.filter { $0 == .constant }.count == 1)
        #expect(try Expression("sin(pi/2) * 4^0.5").tape.instructions == [TapeInstruction(operation: .constant, constant: 2)])
    }

    @Test func minimaTakeTheirValueFromTheExpression() throws {
        let expression = try Expression(
            "(a - x)^2 + b*(y - x^2)^2 + 3", parameters: [ExpressionParameter("a", 2), ExpressionParameter("b", 10)],
            minima: [Vector2(2, 4)])
        #expect(expression.minima == [KnownMinimum(Vector2(2, 4), value: 3)])
        #expect(expression.gradient(at: Vector2(2, 4)) == .zero)
        #expect(AnyLandscape.expression(expression).minimumValue == 3)
    }

    @Test func precedenceFollowsPython() throws {
        let cases: [(String, Double)] = [
            ("-x^2", -4), ("2^-x", 0.25), ("2^3^2", 512), ("-2*3", -6), ("x - -x", 4), ("8/2/2", 2),
            ("1 - 2 - 3", -4), ("-(x)^2", -4), ("2*x^2", 8), (".5 + 2. + 1E+1", 12.5), ("1e-4", 1e-4),
        ]
        for (source, expected) in cases {
            #expect(try Expression(source).value(at: Vector2(2, 0)) == expected, "\(source)")
        }
    }
}
