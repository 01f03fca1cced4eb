@testable import DescentCore
import Testing
@testable import DescentScenario

/// A spec written as a scenario file loads back as the same spec (so headless mode gives the
/// same bytes): every bundled scenario, and settings of every kind the view can change.
@Suite struct ScenarioWriterTests {
    private func reloaded(_ spec: SimulationSpec) throws -> SimulationSpec {
        let text = ScenarioWriter.text(of: spec, comment: ["saved by a test", "", "second line"])
        return try SimulationSpec(parsing: text, file: "saved.yaml")
    }

    private func expectSame(_ a: SimulationSpec, _ b: SimulationSpec) {
        #expect(a.name == b.name)
        #expect(a.landscape == b.landscape)
        #expect(a.view == b.view)
        #expect(a.steps == b.steps && a.seed == b.seed)
        #expect(a.tolerance == b.tolerance && a.stopAtTolerance == b.stopAtTolerance)
        #expect(a.runs == b.runs)
    }

    @Test(arguments: BundledScenarios.names)
    func bundledScenariosComeBack(name: String) throws {
        let spec = try ScenarioSource.bundled(name: name).load()
        expectSame(try reloaded(spec), spec)
    }

    @Test func theHeaderComesFirstAsComments() {
        let spec = try! ScenarioSource.bundled(name: "rosenbrock").load()
        let lines = ScenarioWriter.text(of: spec, comment: ["one", "", "two\nthree: 3\r\nfour"])
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines.prefix(6)) == ["# one", "#", "# two", "# three: 3", "# four", "name: \"Rosenbrock valley\""])
    }

    /// Every kind of edit at once: each optimizer with settings off its defaults, schedules
    /// with warmups and lengths, controllers, restart, noise, l1, weight decay, starts fixed,
    /// shared-random and run-random, seeds and tolerances.
    @Test func editsOfEveryKindComeBack() throws {
        var spec = try ScenarioSource.bundled(name: "rosenbrock").load()
        spec.landscape = .rosenbrock(Rosenbrock(a: 1.5, b: 37.25))
        spec.view = ViewBox(x: -2.5...2.25, y: -1.125...3.0000000000000004)
        spec.seed = 18_446_744_073_709_551_615
        spec.tolerance = 3.3e-9
        spec.stopAtTolerance = true
        let base = spec.runs[0]
        func run(_ label: String, _ optimizer: String, _ given: [String: ParameterValue] = [:], _ change: (inout RunSpec) -> Void = { _ in }) -> RunSpec {
            var run = base
            run.label = label
            run.optimizer = OptimizerCatalog.entry(named: optimizer)!.make(given)
            change(&run)
            return run
        }
        spec.runs = [
            run("a: \"quoted\" # not a comment", "momentum", ["momentum": .number(0.85), "dampening": .number(0.1), "form": .word("sutskever")]) {
                $0.lr = 0.0015 * 1.5
                $0.restart = .gradient
                $0.noise = 0.1 / 3
                $0.start = .fixed(Vector2(-0.0, 1e-300))
            },
            run("2", "nesterov") {
                $0.stepSize = .schedule(LearningRateSchedule(
                    ScheduleCatalog.entry(named: "cosine")!.make(["eta_min": .number(1e-5)]),
                    warmup: Warmup(steps: 100, startFactor: 0.25)))
                $0.restart = .function
                $0.start = .sharedRandom
            },
            run("adamw", "adamw", ["weight_decay": .number(0.05), "betas": .pair(Vector2(0.8, 0.99)), "amsgrad": .boolean(true)]) {
                $0.stepSize = .schedule(LearningRateSchedule(
                    ScheduleCatalog.entry(named: "multistep")!.make(["milestones": .integers([10, 500]), "gamma": .number(0.3)])))
                $0.start = .ownRandom(run: 2)
            },
            run("rms", "rmsprop", ["centered": .boolean(true), "momentum": .number(0.5)]) {
                $0.weightDecay = 0.001
                $0.l1 = 0.01
                $0.stepSize = .controller(ControllerCatalog.entry(named: "plateau")!.make(["threshold_mode": .word("abs")]))
                // Another run's stream: written as the point it draws.
                $0.start = .ownRandom(run: 0)
            },
            run("bt", "sgd") { $0.stepSize = .controller(ControllerCatalog.entry(named: "backtracking")!.make()) },
            run("polyak", "adagrad", ["lr_decay": .number(0.01)]) {
                $0.stepSize = .controller(ControllerCatalog.entry(named: "polyak")!.make())
            },
            run("one", "adam") {
                $0.stepSize = .schedule(LearningRateSchedule(ScheduleCatalog.entry(named: "one_cycle")!.make()))
            },
        ]
        let back = try reloaded(spec)
        #expect(back.runs[3].start == .fixed(Simulator(spec: spec).startPoint(of: spec.runs[3])))
        #expect(back.runs[3].start != spec.runs[3].start)
        var drawn = spec
        drawn.runs[3].start = back.runs[3].start
        expectSame(back, drawn)
    }

    @Test(arguments: LandscapeCatalog.entries.map(\.name))
    func everyBuiltInLandscapeComesBack(name: String) throws {
        var spec = try ScenarioSource.bundled(name: "rosenbrock").load()
        spec.landscape = LandscapeCatalog.entry(named: name)!.make()
        if name == "quadratic" {
            spec.landscape = .quadratic(Quadratic(eigenvalues: Vector2(3, 0.25), angle: 30.5, center: Vector2(1, -1)))
        }
        spec.view = spec.landscape.defaultView
        expectSame(try reloaded(spec), spec)
    }

    @Test func typedExpressionsKeepTheirParamsAndOnlyGivenMinima() throws {
        var spec = try ScenarioSource.bundled(name: "rosenbrock").load()
        let source = "(a - x)^2 + b*(y - x^2)^2 # \"c\": \\ tab\there"
        let typed = try Expression("(a - x)^2 + b*(y - x^2)^2", parameters: [.init("a", 1), .init("b", 100.5)])
        spec.landscape = AnyLandscape.expression(typed).findingMinima(in: spec.view)
        let text = ScenarioWriter.text(of: spec, comment: [])
        #expect(text.contains("landscape: {expr: \"(a - x)^2 + b*(y - x^2)^2\", params: {a: 1, b: 100.5}}\n"))
        expectSame(try reloaded(spec), spec)

        spec.landscape = .expression(try Expression("x^2 + 3*y^2 + 0*a", parameters: [.init("a", -0.0)], minima: [Vector2(0, 0), Vector2(0.1, 1e-7)]))
        #expect(ScenarioWriter.text(of: spec, comment: []).contains("minima: [[0, 0], [0.1, 1e-07]]"))
        expectSame(try reloaded(spec), spec)

        #expect(YAMLText.quoted(source) == #""(a - x)^2 + b*(y - x^2)^2 # \"c\": \\ tab\there""#)
    }

    /// Seeded doubles of every magnitude (any finite bit pattern), −0 and the extremes read back
    /// bit for bit as YAML 1.2 numbers.
    @Test func numbersReadBackAsTheSameDouble() {
        var random = SplitMix64(seed: 11)
        let chosen: [Double] = [-0.0, 0, 1, -1, 0.1, 1e-5, 1e15, 1e16, 123456789012345678, .ulpOfOne, .leastNonzeroMagnitude,
                                .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.001 * 1.5]
        let drawn = (0..<20_000).map { _ in Double(bitPattern: random.next()) }.filter(\.isFinite)
        for value in chosen + drawn {
            let text = YAMLText.number(value)
            #expect(NumberSyntax.double(text)?.bitPattern == value.bitPattern, "\(value) written as \(text)")
        }
    }

    @Test func textIsQuotedSoThatItReadsBack() throws {
        var spec = try ScenarioSource.bundled(name: "rosenbrock").load()
        let names = ["yes", "1e3", "- a", "a: b", "#", "'", "\"", "\\", "é ✓", "[x]", "{y}", "&a", "*b", "!t", "%", "@", "`", "\u{1}\u{7F}\u{85}"]
        for (index, name) in names.enumerated() {
            spec.name = name
            spec.runs[0].label = name + "."
            let back = try reloaded(spec)
            #expect(back.name == name, "name \(index)")
            #expect(back.runs[0].label == name + ".", "label \(index)")
        }
    }
}
