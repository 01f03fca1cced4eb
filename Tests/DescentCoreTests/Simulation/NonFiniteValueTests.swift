@testable import DescentCore
import DescentTestSupport
import Testing

/// Contract 3: a run that produces a non-finite value (position, gradient, loss or lr) is
/// `diverged` at that step and stops there, whatever `--every` writes.
@Suite("Simulator, non-finite values")
struct NonFiniteValueTests {
    func sgd(_ lr: Double, from start: Vector2, stepSize: StepSizeRule = .constant) -> RunSpec {
        RunSpec(label: "sgd", optimizer: .sgd(SGD()), lr: lr, stepSize: stepSize, start: .fixed(start))
    }

    @Test func aLossThatOverflowsAtTheStartIsDivergedThere() throws {
        // ½·1e300·(1e5)² and (1e300 − 0)² overflow; the gradients, 1e305 and −2e300, do not.
        let cases: [(AnyLandscape, Vector2)] = [
            (.quadratic(Quadratic(eigenvalues: Vector2(1e300, 1e300))), Vector2(1e5, 0)),
            (.rosenbrock(Rosenbrock(a: 1e300)), .zero),
        ]
        for (landscape, start) in cases {
            for every in [1, 10] {
                let sink = try simulate(landscape, steps: 100, runs: [sgd(1e-310, from: start)], every: every)
                #expect(sink.samples.map(\.step) == [0])
                #expect(sink.samples[0].loss == .infinity)
                #expect(sink.samples[0].gradient.isFinite)
                #expect(sink.samples[0].status == .diverged)
                #expect(sink.summaries[0].diverged)
            }
        }
    }

    /// x doubles in size each step (lr·L = 3): the loss overflows near |x| = 1.9e9, nine steps
    /// before x leaves the box; the gradient stays finite all along.
    let growing = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1e290, 1e290)))

    @Test func theRunStopsWhereTheLossFirstOverflowsWhateverIsWritten() throws {
        let all = try simulate(growing, steps: 100, runs: [sgd(3e-290, from: Vector2(1, 0))])
        let last = try #require(all.samples.last)
        #expect(last.step == 31)
        #expect(last.status == .diverged)
        #expect(last.loss == .infinity)
        #expect(all.samples.dropLast().allSatisfy { $0.status == .ok && $0.loss.isFinite })
        for every in [2, 7, 10, 64] {
            let some = try simulate(growing, steps: 100, runs: [sgd(3e-290, from: Vector2(1, 0))], every: every)
            #expect(some.samples.last == last, "every \(every)")
            #expect(some.samples.dropLast().allSatisfy { $0 == all.samples[$0.step] })
        }
    }

    @Test func aMethodThatEvaluatesTheLossStopsAtTheSameStep() throws {
        let plateau = StepSizeRule.controller(.plateau(Plateau()))
        let sink = try simulate(growing, steps: 100, runs: [sgd(3e-290, from: Vector2(1, 0), stepSize: plateau)], every: 50)
        #expect(sink.samples.last?.step == 31)
        #expect(sink.samples.last?.status == .diverged)
    }

    /// At the minimum the gradient is 0, so only the lr can go wrong: 1, 1e308, then inf.
    @Test(arguments: [
        StepSizeRule.schedule(LearningRateSchedule(.exponential(gamma: 1e308))),
        .controller(.boldDriver(BoldDriver(grow: 1e308))),
    ])
    func aNonFiniteLrEndsTheRunAsDivergedWithItsReason(rule: StepSizeRule) throws {
        let bowl = AnyLandscape.quadratic(Quadratic())
        for every in [1, 5] {
            let sink = try simulate(bowl, steps: 100, runs: [sgd(1, from: .zero, stepSize: rule)], every: every)
            let last = try #require(sink.samples.last)
            #expect(last.step == 2)
            #expect(last.lr == .infinity)
            #expect(last.status == .diverged)
            #expect(last.event.lrNotFinite)
            #expect(last.event.description == "lr_not_finite")
            #expect(sink.samples.dropLast().allSatisfy { $0.lr.isFinite && $0.status != .diverged })
            #expect(sink.summaries[0].last == last)
        }
    }
}
