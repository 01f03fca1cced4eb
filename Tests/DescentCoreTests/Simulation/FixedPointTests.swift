import Foundation
@testable import DescentCore
import DescentTestSupport
import Testing

/// Runs that reach a fixed point give the same rows and summary whether the loop passes over
/// its steps or takes them, at any `every` and in slices; runs that cannot be at one never pass.
@Suite("Fixed points")
struct FixedPointTests {
    static let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
    static let rosenbrock = AnyLandscape.rosenbrock(Rosenbrock())
    static let start = StartPoint.fixed(Vector2(3, -2))

    /// Runs that reach an exact fixed point early, each by another way.
    static let cases: [(name: String, landscape: AnyLandscape, run: RunSpec, steps: Int)] = [
        // lr·λ = 1: x − 1·x = 0 exactly after one step, and the gradient there is 0.
        ("sgd landing on the minimum", bowl, RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 1, start: start), 2_000),
        // Converges at step 10,899; the buffer then decays to 2⁻¹⁰⁷⁴, where 0.9·v rounds to v.
        ("nesterov with a subnormal buffer", rosenbrock,
         RunSpec(label: "a", optimizer: .nesterov(Nesterov()), lr: 4e-4, start: .fixed(Vector2(-1.5, 2))), 30_000),
        // Weight decay takes the controlled path: g = x + x, and 0.5·2x = x.
        ("sgd with weight decay", bowl,
         RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 0.5, weightDecay: 1, start: start), 2_000),
        // The lr changes until step 300; x halves or better each step and underflows to 0 by ~1,100.
        ("momentum under a linear schedule that settles", bowl,
         RunSpec(label: "a", optimizer: .momentum(Momentum(momentum: 0)), lr: 1,
                 stepSize: .schedule(LearningRateSchedule(.linear(startFactor: 0.5, endFactor: 0.75, totalIters: 300))),
                 start: start), 3_000),
        // The moments stay 0 from the start; only the bias corrections change, until they run out.
        ("adam at its minimum", bowl, RunSpec(label: "a", optimizer: .adam(Adam()), lr: 0.1, start: .fixed(.zero)), 40_000),
    ]

    func simulator(_ landscape: AnyLandscape, _ run: RunSpec, steps: Int, every: Int, fastForwards: Bool) -> Simulator {
        var simulator = Simulator(
            spec: SimulationSpec(name: "t", landscape: landscape, steps: steps, seed: 3, runs: [run]), every: every)
        simulator.fastForwardsFixedPoints = fastForwards
        return simulator
    }

    func rows(_ simulator: Simulator) throws -> (rows: [String], summary: String) {
        let sink = CollectingSink()
        let summary = try simulator.run(0, into: sink)
        return (sink.samples.map(\.exactRow), "\(summary)")
    }

    @Test(arguments: [1, 3, 7, 1000])
    func passingOverAFixedPointWritesWhatSteppingWrites(every: Int) throws {
        for (name, landscape, run, steps) in Self.cases {
            let passed = try rows(simulator(landscape, run, steps: steps, every: every, fastForwards: true))
            let stepped = try rows(simulator(landscape, run, steps: steps, every: every, fastForwards: false))
            #expect(passed.rows == stepped.rows, "\(name), every \(every)")
            #expect(passed.summary == stepped.summary, "\(name), every \(every)")
            #expect(passed.rows.count == steps / every + (steps % every == 0 ? 1 : 2))
        }
    }

    @Test func everyCaseReachesItsFixedPoint() throws {
        for (name, landscape, run, steps) in Self.cases {
            var resumable = simulator(landscape, run, steps: steps, every: 1000, fastForwards: true).resumableRun(0)
            _ = try resumable.run(until: steps - 1, into: CollectingSink())
            #expect(resumable.isAtFixedPoint, "\(name)")
        }
    }

    /// Slices of any size, and checkpoints resumed with every 1, agree with one long run.
    @Test(arguments: [1, 7, 1000])
    func slicesThroughAFixedPointGiveTheRowsOfOneGo(every: Int) throws {
        var random = SplitMix64(seed: UInt64(every))
        for (name, landscape, run, steps) in Self.cases {
            let simulator = simulator(landscape, run, steps: steps, every: every, fastForwards: true)
            let expected = try rows(simulator).rows
            let exact = try rows(self.simulator(landscape, run, steps: steps, every: 1, fastForwards: false)).rows
            let sink = CollectingSink()
            var resumable = simulator.resumableRun(0)
            var limit = -1
            while try resumable.run(until: limit, into: sink) == nil {
                limit += Int(random.next() % UInt64(steps / 10))
                var checkpoint = resumable
                checkpoint.emit(every: 1)
                let from = checkpoint.nextStep, to = from + 5
                let slice = CollectingSink()
                try checkpoint.run(until: to, into: slice)
                #expect(slice.samples.map(\.exactRow) == Array(exact[min(from, exact.count)..<min(to + 1, exact.count)]), "\(name), from \(from)")
            }
            #expect(sink.samples.map(\.exactRow) == expected, "\(name), every \(every)")
        }
    }

    /// Noise draws anew each step, cosine never settles, and a controller reacts: none of these
    /// runs is ever taken for one at a fixed point, though the first two stand still.
    @Test func runsThatCannotRepeatNeverPass() throws {
        let still = StartPoint.fixed(.zero)
        let runs = [
            RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 1e-300, noise: 1e-300, start: still),
            RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 1, stepSize: .schedule(LearningRateSchedule(.cosine(tMax: 10, etaMin: 1))), start: still),
            RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 1, stepSize: .controller(.plateau(Plateau())), start: Self.start),
        ]
        for run in runs {
            var resumable = simulator(Self.bowl, run, steps: 5_000, every: 1000, fastForwards: true).resumableRun(0)
            _ = try resumable.run(until: 4_999, into: CollectingSink())
            #expect(!resumable.isAtFixedPoint, "\(run.stepSize)")
        }
    }

    /// 1 − 0.999ᵗ is exactly 1 once 0.999ᵗ < 2⁻⁵⁵, from t = ⌈55·ln 2/−ln 0.999⌉ = 38,105 on.
    @Test func adamRepeatsOnlyOnceItsBiasCorrectionsRunOut() {
        var adam = Adam(), position = Vector2.zero
        var repeatedAt: Int?
        for t in 1...39_000 {
            let earlier = adam
            adam.update(&position, gradient: .zero, lr: 0.1)
            if repeatedAt == nil && adam.repeatsUpdate(from: earlier) { repeatedAt = t }
        }
        #expect(repeatedAt == Int((55 * log(2.0) / -log(0.999)).rounded(.up)))
        #expect(1 - pow(0.999, Double(repeatedAt!)) == 1)
    }

    /// Where a schedule says it settles, its lr stops changing; and not a step earlier.
    @Test func schedulesSettleWhereTheySay() {
        let schedules: [LearningRateSchedule] = [
            LearningRateSchedule(.constant),
            LearningRateSchedule(.multistep(milestones: [30, 10], gamma: 0.5)),
            LearningRateSchedule(.linear(startFactor: 0.2, endFactor: 1, totalIters: 40)),
            LearningRateSchedule(.polynomial(totalIters: 25, power: 2)),
            LearningRateSchedule(.oneCycle(maxLR: nil, totalSteps: 50, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4)),
            LearningRateSchedule(.multistep(milestones: [30], gamma: 0.5), warmup: Warmup(steps: 20)),
        ]
        for schedule in schedules {
            guard let settled = schedule.settlesAt else { Issue.record("\(schedule) settles"); continue }
            let rate = schedule.rate(at: settled, base: 0.1)
            #expect([1, 2, 1000, 1 << 40].allSatisfy { schedule.rate(at: settled + $0, base: 0.1) == rate }, "\(schedule)")
            if settled > 0 { #expect(schedule.rate(at: settled - 1, base: 0.1) != rate, "\(schedule)") }
        }
        #expect(LearningRateSchedule(.cosine(tMax: 10, etaMin: 0)).settlesAt == nil)
        #expect(LearningRateSchedule(.exponential(gamma: 0.9)).settlesAt == nil)
    }
}
