@testable import DescentCore
import DescentTestSupport
import Testing

/// A run simulated in slices, and checkpoints of it resumed with every 1, give exactly the rows
/// of a run simulated in one go.
@Suite("Resumable runs")
struct ResumableRunTests {
    static let rosenbrock = AnyLandscape.rosenbrock(Rosenbrock())
    static let start = StartPoint.fixed(Vector2(-1.5, 2))

    /// One run of each kind the loop treats differently.
    static let cases: [(String, AnyLandscape, RunSpec)] = [
        ("exact nesterov", rosenbrock, RunSpec(label: "a", optimizer: .nesterov(Nesterov()), lr: 1e-3, start: start)),
        ("noisy sgd with weight decay", rosenbrock,
         RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 1e-3, weightDecay: 0.01, noise: 0.5, start: start)),
        ("backtracking momentum", rosenbrock,
         RunSpec(label: "a", optimizer: .momentum(Momentum()), lr: 0.01, stepSize: .controller(.backtracking(Backtracking())), start: start)),
        ("bold driver undoing", rosenbrock,
         RunSpec(label: "a", optimizer: .momentum(Momentum()), lr: 0.004, stepSize: .controller(.boldDriver(BoldDriver())), start: start)),
        ("plateau adam", rosenbrock,
         RunSpec(label: "a", optimizer: .adam(Adam()), lr: 0.05, stepSize: .controller(.plateau(Plateau(patience: 3))), start: start)),
        ("function restart", rosenbrock,
         RunSpec(label: "a", optimizer: .nesterov(Nesterov(momentum: 0.95)), lr: 2e-3, restart: .function, start: start)),
        ("diverging sgd", rosenbrock, RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 0.01, start: start)),
        ("overflowing loss", .quadratic(Quadratic(eigenvalues: Vector2(1e290, 1e290))),
         RunSpec(label: "a", optimizer: .sgd(SGD()), lr: 3e-290, start: .fixed(Vector2(1, 0)))),
    ]

    func spec(_ landscape: AnyLandscape, _ run: RunSpec, steps: Int = 400) -> SimulationSpec {
        SimulationSpec(name: "t", landscape: landscape, steps: steps, seed: 7, runs: [run])
    }

    func rows(_ spec: SimulationSpec, every: Int) throws -> [Sample] {
        let sink = CollectingSink()
        _ = try Simulator(spec: spec, every: every).run(0, into: sink)
        return sink.samples
    }

    @Test func theKindsOfRunCoverUndoRestartAndDivergence() throws {
        let all = try Self.cases.map { try rows(spec($0.1, $0.2), every: 1) }
        #expect(all.joined().contains { $0.event.stepUndone })
        #expect(all.joined().contains { $0.event.restarted })
        #expect(all.joined().contains { $0.event.lrReduced })
        #expect(all.joined().contains { $0.event.backtracks > 0 })
        #expect(all.filter { $0.last?.status == .diverged }.count >= 2)
    }

    @Test(arguments: [1, 3, 7, 50])
    func slicesOfAnySizeGiveTheRowsOfOneGo(every: Int) throws {
        var random = SplitMix64(seed: UInt64(every))
        for (name, landscape, run) in Self.cases {
            let spec = spec(landscape, run)
            let expected = try rows(spec, every: every)
            let sink = CollectingSink()
            var resumable = Simulator(spec: spec, every: every).resumableRun(0)
            var limit = -1, summary: RunSummary?
            while summary == nil {
                limit += Int(random.next() % 40)
                summary = try resumable.run(until: limit, into: sink)
            }
            #expect(sink.samples == expected, "\(name), every \(every)")
            #expect(summary?.last == expected.last, "\(name), every \(every)")
            #expect(try resumable.run(until: .max, into: sink) == summary)
            #expect(sink.samples.count == expected.count, "an ended run writes nothing more")
        }
    }

    /// The checkpoints a decimated run leaves, resumed with every 1, give the rows `--every 1`
    /// writes between them.
    @Test(arguments: [3, 7, 50])
    func checkpointsResumedWithEveryOneGiveTheRowsBetween(every: Int) throws {
        var random = SplitMix64(seed: 100 + UInt64(every))
        for (name, landscape, run) in Self.cases {
            let spec = spec(landscape, run)
            let exact = try rows(spec, every: 1)
            var resumable = Simulator(spec: spec, every: every).resumableRun(0)
            var checkpoints: [ResumableRun] = []
            var limit = -1
            while try resumable.run(until: limit, into: CollectingSink()) == nil {
                checkpoints.append(resumable)
                limit += Int(random.next() % 120)
            }
            for var checkpoint in checkpoints {
                checkpoint.emit(every: 1)
                let from = checkpoint.nextStep, to = from + Int(random.next() % 200)
                let sink = CollectingSink()
                try checkpoint.run(until: to, into: sink)
                #expect(sink.samples == exact.filter { (from...to).contains($0.step) }, "\(name), every \(every), from \(from)")
            }
        }
    }
}
