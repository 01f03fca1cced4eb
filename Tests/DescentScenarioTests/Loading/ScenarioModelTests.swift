@testable import DescentCore
import Testing
@testable import DescentScenario

/// What a valid file turns into: defaults, labels, numbers, overrides and starts.
@Suite struct ScenarioModelTests {
    private func scenario(_ text: String, file: String = "test.yaml") throws -> SimulationSpec {
        try SimulationSpec(parsing: text, file: file)
    }

    @Test func theMinimalScenarioTakesEveryDefault() throws {
        let s = try scenario(minimalScenario, file: "some/dir/my-valley.yaml")
        #expect(s.name == "my-valley")
        #expect(s.landscape == .rosenbrock(Rosenbrock()))
        #expect(s.view == Rosenbrock().defaultView)
        #expect(s.steps == 100)
        #expect(s.seed == 0)
        #expect(s.tolerance == SimulationSpec.defaultTolerance)
        #expect(!s.stopAtTolerance)
        let run = try #require(s.runs.first)
        #expect(run.label == "sgd")
        #expect(run.optimizer == .sgd(SGD()))
        #expect(run.lr == 1e-3)
        #expect(run.weightDecay == 0)
        #expect(run.noise == 0)
        #expect(run.start == .fixed(Rosenbrock().defaultStart))
        #expect(run.learningRateSchedule(steps: 100) == LearningRateSchedule(.constant))
    }

    @Test func everyKeyIsRead() throws {
        let s = try scenario("""
            name: "Everything"
            landscape: {name: quadratic, eigenvalues: [1, 0.01], angle: 30, center: [0.5, -0.5]}
            view: {x: [-3, 3]}
            steps: 1e3
            start: [-1.5, 2.0]
            seed: 18446744073709551615
            tolerance: 1.0e-6
            stop_at_tolerance: true
            runs:
              - optimizer: nesterov
                label: nag
                lr: 1e-4
                weight_decay: 1000e-6
                momentum: 0.95
                form: sutskever
                noise: 0.25
                start: [1, -1]
                schedule: {name: cosine, eta_min: 1e-5}
                warmup: {steps: 50, start_factor: 0.1}
            """)
        #expect(s.name == "Everything")
        #expect(s.landscape == .quadratic(Quadratic(eigenvalues: Vector2(1, 0.01), angle: 30, center: Vector2(0.5, -0.5))))
        #expect(s.view == ViewBox(x: -3...3, y: -2.5...1.5))
        #expect(s.steps == 1000)
        #expect(s.seed == .max)
        #expect(s.tolerance == 1e-6)
        #expect(s.stopAtTolerance)
        let run = try #require(s.runs.first)
        #expect(run.label == "nag")
        #expect(run.optimizer == .nesterov(Nesterov(momentum: 0.95, form: .sutskever)))
        #expect(run.lr == 1e-4)
        #expect(run.weightDecay == 1e-3)
        #expect(run.noise == 0.25)
        #expect(run.start == .fixed(Vector2(1, -1)))
        #expect(run.warmup == Warmup(steps: 50, startFactor: 0.1))
        #expect(
            run.learningRateSchedule(steps: 1000)
                == LearningRateSchedule(.cosine(tMax: 950, etaMin: 1e-5), warmup: Warmup(steps: 50, startFactor: 0.1)))
    }

    @Test(arguments: [("1e-4", 1e-4), ("1.0e-8", 1e-8), ("-3", -3.0), ("0o10", 8.0), ("0x10", 16.0), ("+0.5", 0.5), ("2", 2.0)])
    func numbersReadAsNumbers(text: String, value: Double) throws {
        let s = try scenario("landscape: {name: rosenbrock, a: \(text)}\nsteps: 10\nruns: [{optimizer: sgd}]\n")
        #expect(s.landscape == .rosenbrock(Rosenbrock(a: value)))
    }

    @Test func defaultsApplyWhereTheyFit() throws {
        let s = try scenario("""
            landscape: rosenbrock
            steps: 100
            defaults: {optimizer: momentum, lr: 0.002, momentum: 0.5, noise: 0.1, schedule: {name: step, step_size: 10}}
            runs:
              - {}
              - {lr: 0.003, schedule: constant}
              - {optimizer: adam}
              - {optimizer: sgd, noise: 0}
            """)
        #expect(s.runs.map(\.optimizer) == [
            .momentum(Momentum(momentum: 0.5)), .momentum(Momentum(momentum: 0.5)), .adam(Adam()), .sgd(SGD()),
        ])
        #expect(s.runs.map(\.lr) == [0.002, 0.003, 0.002, 0.002])
        #expect(s.runs.map(\.noise) == [0.1, 0.1, 0.1, 0])
        #expect(s.runs.map { $0.learningRateSchedule(steps: 100).schedule } == [
            .step(stepSize: 10, gamma: 0.1), .constant, .step(stepSize: 10, gamma: 0.1), .step(stepSize: 10, gamma: 0.1),
        ])
    }

    @Test func labelsAreMadeUniqueAroundExplicitOnes() throws {
        let s = try scenario("""
            landscape: rosenbrock
            steps: 100
            runs:
              - optimizer: nesterov
              - {optimizer: nesterov, label: nesterov-2}
              - optimizer: nesterov
              - optimizer: sgd
              - {optimizer: sgd, label: "sgd"}
              - optimizer: nesterov
            """)
        #expect(s.runs.map(\.label) == ["nesterov", "nesterov-2", "nesterov-3", "sgd-2", "sgd", "nesterov-4"])
    }

    @Test func overridesOfStepsAndSeed() throws {
        let s = try scenario("""
            landscape: rosenbrock
            steps: 100
            seed: 7
            runs:
              - {optimizer: sgd, schedule: cosine}
              - {optimizer: sgd, schedule: {name: cosine, t_max: 40}}
              - {optimizer: sgd, schedule: one_cycle}
            """)
        let spec = s.simulationSpec()
        #expect(spec.steps == 100)
        #expect(spec.seed == 7)
        let overridden = s.simulationSpec(steps: 500, seed: 9)
        #expect(overridden.steps == 500)
        #expect(overridden.seed == 9)
        #expect(overridden.runs.map { $0.learningRateSchedule(steps: overridden.steps).schedule } == [
            .cosine(tMax: 500, etaMin: 0), .cosine(tMax: 40, etaMin: 0),
            .oneCycle(maxLR: nil, totalSteps: 500, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4),
        ])
        #expect(s.steps == 100)
    }

    @Test func aScenarioRandomStartIsSharedARunRandomStartIsOwn() throws {
        let s = try scenario("""
            landscape: himmelblau
            steps: 10
            start: random
            runs:
              - optimizer: sgd
              - optimizer: sgd
              - {optimizer: sgd, start: random}
              - {optimizer: sgd, start: random}
              - {optimizer: sgd, start: [1, 2]}
            """)
        let shared: UInt64 = 1 << 32
        let expected: [StartPoint] = [
            .random(stream: shared), .random(stream: shared),
            .random(stream: shared + 3), .random(stream: shared + 4), .fixed(Vector2(1, 2)),
        ]
        #expect(s.runs.map(\.start) == expected)
        let sink = try simulate(s)
        let starts = (0..<5).map { sink.positions(ofRun: $0)[0] }
        #expect(starts[0] == starts[1])
        #expect(Set([starts[0], starts[2], starts[3]]).count == 3)
        #expect(starts.allSatisfy { Himmelblau().defaultView.contains($0) })
        // Another seed draws other points.
        let reseeded = try simulate(s, seed: 1)
        #expect(reseeded.positions(ofRun: 0)[0] != starts[0])
    }

    @Test func bundledScenarioNamesAndDefault() {
        #expect(BundledScenarios.names == BundledScenarios.names.sorted())
        #expect(BundledScenarios.names.contains(BundledScenarios.defaultName))
        #expect(BundledScenarios.text(named: "nonexistent") == nil)
    }
}
