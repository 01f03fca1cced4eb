@testable import DescentCore
import DescentTestSupport
import Testing

@Suite("Simulator")
struct SimulatorTests {
    let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.5)))

    func gd(_ lr: Double, start: Vector2 = Vector2(1, 1), noise: Double = 0) -> RunSpec {
        RunSpec(label: "gd", optimizer: .sgd(SGD()), lr: lr, noise: noise, start: .fixed(start))
    }

    @Test func stepZeroIsTheStartAndLrIsTheScheduleValueAtThatStep() throws {
        let run = RunSpec(
            label: "s", optimizer: .sgd(SGD()), lr: 0.1,
            stepSize: .schedule(LearningRateSchedule(.exponential(gamma: 0.5))), start: .fixed(Vector2(1, 1)))
        let sink = try simulate(bowl, steps: 3, runs: [run])
        #expect(sink.samples.map(\.step) == [0, 1, 2, 3])
        #expect(sink.samples[0].position == Vector2(1, 1))
        #expect(sink.samples.map(\.lr) == [0.1, 0.05, 0.025, 0.0125])
        #expect(sink.samples[1].position == Vector2(1 - 0.1, 1 - 0.1 * 0.5))
        #expect(sink.samples[0].loss == 0.5 * 1 + 0.5 * 0.5)
        #expect(sink.samples[0].gradient == Vector2(1, 0.5))
    }

    @Test func everyEmitsMultiplesAndTheLastStep() throws {
        let sink = try simulate(bowl, steps: 10, runs: [gd(0.1), gd(0.2)], every: 4)
        #expect(sink.samples(ofRun: 0).map(\.step) == [0, 4, 8, 10])
        #expect(sink.samples(ofRun: 1).map(\.step) == [0, 4, 8, 10])
        let all = try simulate(bowl, steps: 10, runs: [gd(0.1)])
        #expect(sink.samples(ofRun: 0).map(\.position) == [0, 4, 8, 10].map { all.samples[$0].position })
    }

    @Test func aRunThatLeavesTheBoxStopsThereAsDiverged() throws {
        // lr > 2/L: each step multiplies x by (1 − 3·1) = −2, so |x| passes 1e12 after 40 steps.
        let sink = try simulate(bowl, steps: 1000, runs: [gd(3, start: Vector2(1, 0))])
        let last = try #require(sink.samples.last)
        #expect(last.status == .diverged)
        #expect(last.step == 40)
        #expect(abs(last.position.x) == 1_099_511_627_776)  // 2^40
        #expect(sink.samples.dropLast().allSatisfy { $0.status == .ok })
        #expect(sink.summaries[0].diverged)
    }

    @Test func nonFiniteValuesCountAsDiverged() throws {
        let sink = try simulate(.rosenbrock(Rosenbrock()), steps: 100, runs: [gd(1, start: Vector2(1e5, 1e5))])
        #expect(sink.samples.last?.status == .diverged)
        #expect(sink.samples.count < 100)
    }

    @Test func theFirstSampleUnderTheToleranceIsConvergedAndTheRunGoesOn() throws {
        let sink = try simulate(bowl, steps: 200, runs: [gd(0.5)], tolerance: 1e-6)
        let converged = sink.samples.filter { $0.status == .converged }
        #expect(converged.count == 1)
        let first = try #require(converged.first)
        #expect(first.gradient.norm < 1e-6)
        #expect(sink.samples[first.step - 1].gradient.norm >= 1e-6)
        #expect(sink.samples.last?.step == 200)
        #expect(sink.summaries[0].convergedAt == first.step)
    }

    @Test func withEveryOnlyDueRowsAndTheLastAreWrittenEvenAroundConvergence() throws {
        let all = try simulate(bowl, steps: 200, runs: [gd(0.5)], tolerance: 1e-6)
        let convergedAt = try #require(all.summaries[0].convergedAt)
        for every in [7, 10, 64] where !convergedAt.isMultiple(of: every) {
            let some = try simulate(bowl, steps: 200, runs: [gd(0.5)], every: every, tolerance: 1e-6)
            #expect(some.samples.map(\.step) == Array(stride(from: 0, to: 200, by: every)) + [200])
            #expect(some.samples.allSatisfy { $0.status == .ok })
            #expect(some.summaries[0].convergedAt == convergedAt)
        }
        // Stopping at the tolerance makes the converged row the last, which is always written.
        let stopped = try simulate(bowl, steps: 200, runs: [gd(0.5)], every: 64, tolerance: 1e-6, stopAtTolerance: true)
        #expect(stopped.samples.last?.step == convergedAt)
        #expect(stopped.samples.last?.status == .converged)
    }

    @Test func stopAtToleranceEndsTheRunAtConvergence() throws {
        let sink = try simulate(bowl, steps: 200, runs: [gd(0.5)], tolerance: 1e-6, stopAtTolerance: true)
        #expect(sink.samples.last?.status == .converged)
        #expect(sink.samples.last?.step == sink.summaries[0].convergedAt)
    }

    @Test func summaryReportsTheDistanceToTheNearestMinimum() throws {
        let sink = try simulate(bowl, steps: 5, runs: [gd(0.1)])
        let summary = sink.summaries[0]
        #expect(summary.last.step == 5)
        #expect(summary.distanceToMinimum == summary.last.position.norm)
        let saddle = try simulate(.saddle(Saddle()), steps: 5, runs: [gd(0.1)])
        #expect(saddle.summaries[0].distanceToMinimum == nil)
    }

    @Test func noiseIsDeterministicPerSeedAndRun() throws {
        let runs = [gd(0.1, noise: 0.3), gd(0.1, noise: 0.3)]
        let a = try simulate(bowl, steps: 50, runs: runs, seed: 7)
        let b = try simulate(bowl, steps: 50, runs: runs, seed: 7)
        let c = try simulate(bowl, steps: 50, runs: runs, seed: 8)
        #expect(a.samples == b.samples)
        #expect(a.positions(ofRun: 0) != c.positions(ofRun: 0))
        #expect(a.positions(ofRun: 0) != a.positions(ofRun: 1), "each run has its own noise stream")
        // The true gradient is reported, not the noisy one.
        for s in a.samples { #expect(s.gradient == bowl.gradient(at: s.position)) }
    }

    @Test func weightDecayAddsAnL2Pull() throws {
        let flat = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let run = RunSpec(label: "wd", optimizer: .sgd(SGD()), lr: 0.1, weightDecay: 0.5, start: .fixed(Vector2(2, 0)))
        let sink = try simulate(flat, steps: 1, runs: [run])
        #expect(sink.samples[1].position == Vector2(2 - 0.1 * (2 + 0.5 * 2), 0))
    }

    @Test func randomStartsAreUniformInTheViewAndSeeded() {
        let spec = { (seed: UInt64) in
            SimulationSpec(name: "r", landscape: .himmelblau(Himmelblau()), steps: 1, seed: seed, runs: [])
        }
        let run = RunSpec(label: "r", optimizer: .sgd(SGD()), lr: 0.1, start: .random(stream: 1 << 32))
        let p = Simulator(spec: spec(3)).startPoint(of: run)
        #expect(ViewBox.square(5).contains(p))
        #expect(p == Simulator(spec: spec(3)).startPoint(of: run))
        #expect(p != Simulator(spec: spec(4)).startPoint(of: run))
    }
}

@Suite("Simulator, runs in parallel")
struct ConcurrentSimulatorTests {
    @Test func concurrentRunsGiveTheSameRowsInTheSameOrder() async throws {
        let runs = [0.1, 0.2, 0.3, 0.4].map {
            RunSpec(label: "gd \($0)", optimizer: .nesterov(Nesterov()), lr: $0, noise: 0.01, start: .fixed(Vector2(1, 1)))
        }
        let spec = SimulationSpec(
            name: "p", landscape: .quadratic(Quadratic(eigenvalues: Vector2(1, 0.5))), steps: 5000, seed: 3, runs: runs)
        for every in [1, 100, 5000] {
            let simulator = Simulator(spec: spec, every: every)
            let sequential = CollectingSink(), concurrent = CollectingSink()
            let expected = try simulator.run(into: sequential)
            let summaries = try await simulator.runConcurrently(into: concurrent)
            #expect(summaries == expected)
            #expect(concurrent.samples == sequential.samples)
            #expect(concurrent.begun == sequential.begun)
        }
    }
}
