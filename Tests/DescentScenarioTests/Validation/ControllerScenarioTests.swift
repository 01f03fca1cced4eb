@testable import DescentCore
import DescentTestSupport
import Testing
@testable import DescentScenario

/// `schedule:` names controllers too; `restart` and `l1` are run keys; the controller
/// scenarios show what their headers say.
@Suite struct ControllerScenarioTests {
    @Test func controllersRestartAndL1ReachTheRunSpec() throws {
        let scenario = try SimulationSpec(parsing: """
            landscape: rosenbrock
            steps: 100
            runs:
              - {optimizer: nesterov, schedule: {name: plateau, patience: 3, threshold_mode: abs}, restart: gradient}
              - {optimizer: sgd, schedule: backtracking, l1: 0.01}
              - {optimizer: sgd, schedule: {name: polyak, max_lr: 0.5}}
              - {optimizer: momentum, schedule: bold_driver, restart: function}
            """, file: "c.yaml")
        let runs = scenario.simulationSpec().runs
        #expect(runs[0].controller == .plateau(Plateau(patience: 3, thresholdMode: .abs)))
        #expect(runs[0].restart == .gradient)
        #expect(runs[0].learningRateSchedule(steps: 100) == LearningRateSchedule(.constant))
        #expect(runs[1].controller == .backtracking(Backtracking()))
        #expect(runs[1].l1 == 0.01)
        #expect(runs[2].controller == .polyak(Polyak(fMin: nil, maxLR: 0.5)))
        #expect(runs[3].controller == .boldDriver(BoldDriver(grow: 1.05, shrink: 0.5)))
        #expect(runs[3].restart == .function)
    }

    @Test func invalidCombinationsAreReportedWhereTheyAre() {
        #expect(problems(minimalScenario.replacingOccurrences(of: "sgd", with: "adam") + "\n    restart: function\n") == [
            "test.yaml:5:14: restart applies to momentum and nesterov runs, not to adam"
        ])
        #expect(problems(minimalScenario + "\n    schedule: plateau\n    warmup: {steps: 10}\n") == [
            "test.yaml:6:13: warmup ramps a schedule; the controller 'plateau' sets the lr itself"
        ])
        #expect(problems(minimalScenario.replacingOccurrences(of: "rosenbrock", with: "saddle") + "\n    schedule: polyak\n") == [
            "test.yaml:5:15: polyak needs f_min here: this landscape has no known minimum value"
        ])
        #expect(problems(minimalScenario.replacingOccurrences(of: "rosenbrock", with: "saddle")
            + "\n    schedule: {name: polyak, f_min: -10}\n") == [])
        #expect(problems(minimalScenario.replacingOccurrences(of: "sgd", with: "momentum") + "\n    restart: functon\n") == [
            "test.yaml:5:14: unknown restart 'functon'; did you mean 'function'? valid: function, gradient"
        ])
        #expect(problems(minimalScenario + "\n    l1: -1\n") == ["test.yaml:5:9: l1 must be >= 0 and finite, found -1"])
        #expect(problems(minimalScenario + "\n    schedule: {name: plateau, factor: 1.5}\n") == [
            "test.yaml:5:39: factor must be in (0, 1), found 1.5"
        ])
    }

    @Test func adaptiveRestartConvergesFarSooner() throws {
        let (_, sink) = try loadBundled("restart-ill-conditioned")
        let steps = sink.summaries.map(\.convergedAt)
        let plain = try #require(steps[0]), function = try #require(steps[1]), gradient = try #require(steps[2])
        #expect(function * 5 < plain)
        #expect(gradient * 5 < plain)
        #expect(sink.samples.contains { $0.run == 1 && $0.event.restarted })
        #expect(!sink.samples.contains { $0.run == 0 && $0.event.restarted })
    }

    @Test func backtrackingBeatsTheTunedLrAndPaysInEvaluations() throws {
        let (_, sink) = try loadBundled("backtracking-rosenbrock")
        let loss = sink.summaries.map(\.last.loss)
        #expect(loss[1] < loss[0] / 5)
        #expect(loss[2] < 1e-12)
        #expect(sink.summaries[1].last.evals > 2 * sink.summaries[0].last.evals)
        #expect(sink.samples.contains { $0.run == 1 && $0.event.backtracks > 0 })
    }

    @Test func decayingTheLrSettlesCloserThanAConstantOne() throws {
        let (_, sink) = try loadBundled("plateau-himmelblau")
        let distance = sink.summaries.map { $0.distanceToMinimum! }
        for decayed in 1...3 { #expect(distance[decayed] < distance[0] / 3) }
        #expect(sink.samples.contains { $0.run == 1 && $0.event.lrReduced })
    }

    @Test func boldDriverRecoversFromATooLargeLr() throws {
        let (_, sink) = try loadBundled("bold-driver")
        #expect(sink.summaries[0].diverged)
        #expect(!sink.summaries[1].diverged)
        #expect(sink.summaries[1].convergedAt != nil)
        #expect(sink.samples.contains { $0.run == 1 && $0.event.stepUndone })
    }
}
