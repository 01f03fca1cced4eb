@testable import DescentCore
import DescentTestSupport
import Testing
@testable import DescentScenario

/// Every bundled scenario parses, keeps to the rules for files in scenarios/, and shows
/// what its header says it shows.
@Suite struct BundledScenarioTests {
    @Test(arguments: BundledScenarios.names)
    func parsesWithAHeaderAndModestSteps(name: String) throws {
        let text = try #require(BundledScenarios.text(named: name))
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }
        #expect((2...5).contains(header.count))
        #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        let scenario = try ScenarioSource.bundled(name: name).load()
        #expect(scenario.steps <= 5000)
    }

    @Test func theLessonsAreBundled() {
        let lessons: Set = [
            "adam-vs-nesterov", "divergence", "himmelblau-starts", "ill-conditioned", "pytorch-vs-sutskever",
            "rosenbrock", "saddle-noise", "schedules", "restart-ill-conditioned", "backtracking-rosenbrock",
            "plateau-himmelblau", "bold-driver", "custom-function",
        ]
        #expect(lessons.isSubset(of: BundledScenarios.names))
    }

    @Test func customFunctionSGDFallsIntoTheWellOnItsSideNesterovSwingsOver() throws {
        let (scenario, sink) = try loadBundled("custom-function")
        guard case .expression(let expression) = scenario.landscape else {
            Issue.record("custom-function is not an expression: \(scenario.landscape.name)")
            return
        }
        #expect(expression.source == "(x^2 - a^2)^2 + b*y^2")
        #expect(expression.minima.map(\.value) == [0, 0])
        #expect(scenario.view == ViewBox(x: -3...3, y: -3...3))
        let ends = sink.summaries.map(\.last.position)
        #expect(scenario.runs.map(\.start) == [Vector2(-0.2, 2), Vector2(0.2, 2), Vector2(2.8, -2.5), Vector2(-2.8, 2.5)].map(StartPoint.fixed))
        #expect(ends.map { $0.x.sign } == [.minus, .plus, .minus, .minus])
        #expect(ends.allSatisfy { abs(abs($0.x) - 1.5) < 1e-6 && abs($0.y) < 1e-6 })
        #expect(sink.summaries.allSatisfy { $0.convergedAt != nil })
    }

    @Test func rosenbrockMomentumFollowsTheValleySGDCrawls() throws {
        let (scenario, sink) = try loadBundled("rosenbrock")
        #expect(scenario.runs.map(\.label) == ["sgd", "momentum", "nesterov"])
        let distance = sink.summaries.map { try! #require($0.distanceToMinimum) }
        #expect(distance[0] > 0.1)
        #expect(distance[1] < 1e-3 && distance[2] < 1e-3)
        #expect(!sink.summaries.contains { $0.diverged })
        // Nesterov's damped swings get it there sooner.
        let arrivals = (1...2).map { run in
            sink.positions(ofRun: run).firstIndex { ($0 - Vector2(1, 1)).norm < 1e-2 }
        }
        #expect(try #require(arrivals[1]) < (try #require(arrivals[0])))
    }

    @Test func illConditionedHeavyBallBeatsGradientDescent() throws {
        let (scenario, sink) = try loadBundled("ill-conditioned")
        let (l, mu) = (1.0, 0.01)
        #expect(scenario.runs[0].lr == 2 / (l + mu))
        #expect(abs(scenario.runs[1].lr - (2 / (l.squareRoot() + mu.squareRoot())) * (2 / (l.squareRoot() + mu.squareRoot()))) < 1e-15)
        #expect(abs(try #require(scenario.runs[1].optimizer.momentum) - 0.81 / 1.21) < 1e-15)
        let gd = try #require(sink.summaries[0].distanceToMinimum)
        let heavyBall = try #require(sink.summaries[1].distanceToMinimum)
        #expect(gd > 1e-4)
        #expect(heavyBall < 1e-20)
    }

    @Test func saddleNoiselessRunStaysNoisyRunEscapes() throws {
        let (_, sink) = try loadBundled("saddle-noise")
        let plain = sink.summaries[0], noisy = sink.summaries[1]
        #expect(plain.convergedAt != nil)
        #expect(plain.last.position.norm < 1e-8)
        #expect(plain.last.position.y == 0)
        #expect(abs(noisy.last.position.y) > 2)
        #expect(noisy.convergedAt == nil)
    }

    @Test func himmelblauStartsEndInFourDistinctMinima() throws {
        let (scenario, sink) = try loadBundled("himmelblau-starts")
        let minima = Himmelblau().minima.map(\.position)
        let reached = sink.summaries.map { summary in
            minima.firstIndex { ($0 - summary.last.position).norm < 1e-6 }
        }
        #expect(!reached.contains(nil))
        #expect(Set(reached).count == 4)
        #expect(scenario.runs.count == 4)
    }

    @Test func schedulesSettleCloserThanConstant() throws {
        let (scenario, sink) = try loadBundled("schedules")
        #expect(scenario.runs.map { $0.learningRateSchedule(steps: scenario.steps).description } == [
            "constant", "step(step_size=500, gamma=0.3)", "cosine(t_max=2000, eta_min=0)",
            "one_cycle(total_steps=2000, pct_start=0.3, div_factor=25, final_div_factor=10000)",
            "warmup(steps=200, start_factor=0) → cosine(t_max=1800, eta_min=0)",
        ])
        // Mean distance from the minimum over the last 200 steps: noise keeps the constant lr restless.
        let settled = (0..<5).map { run in
            let tail = sink.positions(ofRun: run).suffix(200)
            return tail.map(\.norm).reduce(0, +) / Double(tail.count)
        }
        #expect(settled.dropFirst().allSatisfy { $0 < settled[0] / 2 })
    }

    @Test func divergenceOneRunDivergesTheOthersDoNot() throws {
        let (_, sink) = try loadBundled("divergence")
        #expect(sink.summaries.map(\.diverged) == [true, false, false])
        #expect(sink.summaries[0].last.step < 1000)
        #expect(sink.summaries.dropFirst().allSatisfy { $0.convergedAt != nil })
    }

    @Test func adamStepsStayNearLrNesterovStepsFollowTheGradient() throws {
        let (scenario, sink) = try loadBundled("adam-vs-nesterov")
        func stepLengths(_ run: Int) -> [Double] {
            let path = sink.positions(ofRun: run)
            return zip(path, path.dropFirst()).map { ($1 - $0).norm }.sorted()
        }
        let nesterov = stepLengths(0), adam = stepLengths(1)
        #expect(adam.last! <= 2 * scenario.runs[1].lr)
        #expect(nesterov.last! > 100 * nesterov[nesterov.count / 2])
        #expect(sink.summaries.allSatisfy { $0.distanceToMinimum! < 0.05 })
    }

    @Test func pytorchAndSutskeverCoincideUntilTheFirstDrop() throws {
        let (scenario, sink) = try loadBundled("pytorch-vs-sutskever")
        guard case .step(let firstDrop, _) = scenario.runs[0].learningRateSchedule(steps: scenario.steps).schedule else {
            Issue.record("expected a step schedule")
            return
        }
        let pytorch = sink.positions(ofRun: 0), sutskever = sink.positions(ofRun: 1)
        let gaps = zip(pytorch, sutskever).map { ($0 - $1).norm }
        #expect(gaps[...firstDrop].allSatisfy { $0 <= 1e-12 })
        #expect(gaps[firstDrop + 1] > 1e-6)
        #expect(gaps.max()! > 0.1)
    }
}
