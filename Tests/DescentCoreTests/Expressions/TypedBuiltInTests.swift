@testable import DescentCore
import Testing

/// The typed built-ins against the built-ins' analytic formulas: the tape's gradient is exact.
@Suite("Expressions, typed built-ins")
struct TypedBuiltInTests {
    @Test("gradient within 1e-12 of the analytic one", arguments: typedBuiltIns.map(\.name))
    func gradients(name: String) {
        let (builtIn, expression) = typed(name)
        let box = builtIn.defaultView
        var rng = Xoshiro256StarStar(seed: 10, stream: 1)
        for _ in 0..<500 {
            let p = rng.point(in: box)
            if name == "ackley", p.norm < 1e-3 { continue }  // the cusp has no derivative
            let expected = builtIn.gradient(at: p), found = expression.gradient(at: p)
            #expect((found - expected).norm <= 1e-12 * max(expected.norm, 1e-3), "at \(p): \(found) vs \(expected)")
            #expect(isClose(expression.value(at: p), builtIn.value(at: p), relative: 1e-12, absolute: 1e-12))
        }
    }

    @Test("Nesterov's path within 1e-9 over 1000 steps", arguments: typedBuiltIns.map(\.name))
    func trajectories(name: String) throws {
        let (builtIn, expression) = typed(name)
        let lr = ["goldstein_price": 1e-6, "rosenbrock": 1e-4, "beale": 1e-3, "rastrigin": 1e-3].first { $0.key == name }?.value ?? 1e-2
        let run = RunSpec(
            label: "nesterov", optimizer: .nesterov(Nesterov()), lr: lr, stepSize: .constant,
            start: .fixed(builtIn.defaultStart))
        let expected = try simulate(builtIn, steps: 1000, runs: [run]).positions(ofRun: 0)
        let found = try simulate(.expression(expression), steps: 1000, runs: [run]).positions(ofRun: 0)
        #expect(expected.count == 1001)
        #expect(found.count == expected.count)
        for (a, b) in zip(found, expected) {
            #expect(isClose(a, b, relative: 1e-9, absolute: 1e-9), "\(a) vs \(b)")
        }
    }
}
