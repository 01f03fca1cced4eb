@testable import DescentCore
import Testing

/// Random and mutated input ends in a value, a clean error, or a run that stops (diverged or not).
@Suite("Expressions, fuzz")
struct ExpressionFuzzTests {
    @Test func randomAndMutatedInputEndsCleanly() throws {
        var random = RandomExpressions(seed: 99)
        var outcomes = (compiled: 0, rejected: 0, diverged: 0)
        for round in 0..<600 {
            let source = round.isMultiple(of: 2)
                ? random.tokens(count: 1 + Int(random.rng.next() % 20)) : random.mutated(random.smooth())
            let expression: Expression
            do {
                expression = try Expression(source, parameters: [ExpressionParameter("a", 1.5)])
            } catch {
                guard case .character(let offset) = error.location else {
                    Issue.record("\(source): \(error)")
                    continue
                }
                #expect((0...source.unicodeScalars.count).contains(offset), "\(source): \(error)")
                #expect(!error.message.isEmpty)
                outcomes.rejected += 1
                continue
            }
            outcomes.compiled += 1
            _ = expression.value(at: Vector2(0.3, -0.7))
            let run = RunSpec(
                label: "sgd", optimizer: .sgd(SGD()), lr: 0.1, stepSize: .constant, start: .fixed(Vector2(0.3, -0.7)))
            let sink = try simulate(.expression(expression), steps: 50, runs: [run])
            #expect(sink.summaries.count == 1)
            if sink.summaries.first?.diverged == true { outcomes.diverged += 1 }
        }
        // Every kind of ending is exercised.
        #expect(outcomes.compiled > 50 && outcomes.rejected > 50 && outcomes.diverged > 0, "\(outcomes)")
    }
}
