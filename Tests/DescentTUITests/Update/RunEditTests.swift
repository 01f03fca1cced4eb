@testable import DescentCore
import Foundation
import Testing

@testable import DescentTUI

/// Keys that change the selected run: each re-simulates it at once and keeps the step.
@Suite struct RunEditTests {
    @Test func selectionCyclesAndTakesDigits() {
        var app = Fixtures.app()
        app.send(.key(.tab))
        #expect(app.selected == 1)
        app.send(.key(.tab), .key(.tab))
        #expect(app.selected == 0)
        app.send(.key(.backTab))
        #expect(app.selected == 2)
        app.type("2")
        #expect(app.selected == 1)
        app.type("9")
        #expect(app.selected == 1)
    }

    @Test func lrScalesByOneAndAHalfAndResimulates() {
        var app = Fixtures.app()
        app.seek(toStep: 500)
        let before = app.derived.trajectories[0]
        app.type("E")
        #expect(abs(app.runs[0].spec.lr - 0.0015) < 1e-15)
        #expect(app.derived.trajectories[0].positions != before.positions)
        #expect(app.derived.trajectories[0].positions[0] == before.positions[0])
        #expect(app.step == 500)
        app.type("ee")
        #expect(abs(app.runs[0].spec.lr - 0.001 / 1.5) < 1e-15)
        #expect(app.derived.trajectories[1] == Fixtures.app().derived.trajectories[1])
    }

    /// An lr pushed past what a scenario can hold (overflowing to inf) stays where it was and
    /// says why, so `w` never writes a file the loader refuses. (÷1.5 never reaches 0: the
    /// least subnormal divided rounds back to itself.)
    @Test func lrStopsShortOfOverflow() {
        var app = Fixtures.app()
        app.runs[0].spec.lr = 1.5e308
        app.type("E")
        #expect(app.runs[0].spec.lr == 1.5e308)
        #expect(app.notice?.text == "sgd: lr stays 1.5e308; ×1.5 would break lr > 0 and finite")
        app.type("e")
        #expect(app.runs[0].spec.lr == 1e308)
    }

    @Test func momentumMovesInHundredthsWithinBounds() {
        var app = Fixtures.app()
        app.type("M")
        #expect(app.runs[0].spec.optimizer == .sgd(SGD()))
        app.type("2")
        let before = app.derived.trajectories[1]
        app.type("M")
        #expect(app.runs[1].spec.optimizer.momentum == 0.95)
        #expect(app.derived.trajectories[1] != before)
        app.type("MMM")
        #expect(app.runs[1].spec.optimizer.momentum == 0.99)
        for _ in 0..<30 { app.type("m") }
        #expect(app.runs[1].spec.optimizer.momentum == 0)
        app.type("3")
        for _ in 0..<30 { app.type("m") }
        // PyTorch requires nesterov momentum above 0.
        #expect(app.runs[2].spec.optimizer.momentum == 0.05)
    }

    @Test func optimizerCyclesKeepingLR() {
        var app = Fixtures.app()
        var names = [app.runs[0].spec.optimizer.name]
        for _ in 0..<7 {
            app.type("o")
            names.append(app.runs[0].spec.optimizer.name)
            #expect(app.runs[0].spec.lr == 0.001)
        }
        #expect(names == ["sgd", "momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "sgd"])
        app.type("ooo")
        #expect(app.runs[0].spec.optimizer == .adam(Adam()))
    }

    /// What sets the selected run's lr: a controller's name, else the schedule's.
    func stepSizeRule(_ app: DescentApp, _ run: Int = 0) -> String {
        app.runs[run].spec.stepSize.name
    }

    @Test func schedulesThenControllersCycle() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        var names: [String] = [], schedules: [Schedule] = [], controllers: [StepSizeController?] = []
        for _ in 0..<10 {
            let before = app.derived.trajectories[0]
            app.type("s")
            names.append(stepSizeRule(app))
            switch app.runs[0].spec.stepSize {
            case .schedule(let s):
                schedules.append(s.schedule)
                controllers.append(nil)
            case .controller(let c):
                schedules.append(.constant)
                controllers.append(c)
            }
            #expect(app.derived.trajectories[0].positions != before.positions, "after \(names.last!)")
            #expect(app.step == 1500)
        }
        #expect(names == [
            "step", "exponential", "cosine", "one_cycle", "cyclic", "plateau", "backtracking", "polyak", "bold_driver",
            "constant",
        ])
        guard case .exponential(let gamma) = schedules[1] else {
            Issue.record("expected exponential, got \(schedules[1])")
            return
        }
        #expect(abs(pow(gamma, 3000) - 0.01) < 1e-12)
        #expect(schedules[0] == .step(stepSize: 750, gamma: 0.3))
        #expect(schedules[2] == .cosine(tMax: 3000, etaMin: 0))
        // A controller replaces the schedule, which goes back to constant; each has its catalog defaults.
        #expect(schedules[4] == .cyclic(Cyclic(maxLR: 0.004, stepSizeUp: 375, mode: .triangular2)))
        #expect(schedules[5...8].allSatisfy { $0 == .constant })
        #expect(controllers[5] == .plateau(Plateau(factor: 0.1, patience: 10, threshold: 1e-4, thresholdMode: .rel, cooldown: 0, minLR: 0, eps: 1e-8)))
        #expect(controllers[6] == .backtracking(Backtracking(c1: 1e-4, shrink: 0.5, grow: 1.5, maxLR: 1)))
        #expect(controllers[7] == .polyak(Polyak(fMin: nil, maxLR: 1)))
        #expect(controllers[8] == .boldDriver(BoldDriver(grow: 1.05, shrink: 0.5)))
        #expect(controllers[9] == nil && schedules[9] == .constant)
        app.type("sss")
        app.seek(toStep: 2999)
        #expect(app.derived.trajectories[0].rates[2999] < 0.001 / 1e3)
    }

    /// The TUI's controller is the scenario's: cycled to it, a run follows the scenario run
    /// that names it to the last bit.
    @Test func aCycledControllerRunsAsTheScenariosOwn() {
        var app = Fixtures.app("backtracking-rosenbrock")
        app.type("sssssss")
        #expect(stepSizeRule(app) == "backtracking")
        #expect(app.derived.trajectories[0] == app.derived.trajectories[1])

        var bold = Fixtures.app("bold-driver")
        bold.type(String(repeating: "s", count: 9))
        #expect(stepSizeRule(bold) == "bold_driver")
        #expect(bold.derived.trajectories[0] == bold.derived.trajectories[1])
    }

    /// Polyak's step needs f*: a saddle has none, and the cycle passes it by.
    @Test func polyakIsSkippedWithoutAKnownMinimum() {
        var app = Fixtures.app("saddle-noise")
        var names: [String] = []
        for _ in 0..<9 {
            app.type("s")
            names.append(stepSizeRule(app))
        }
        #expect(names == ["step", "exponential", "cosine", "one_cycle", "cyclic", "plateau", "backtracking", "bold_driver", "constant"])
    }

    @Test func restartCyclesOnMomentumRuns() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        let original = app.derived.trajectories[1]
        app.type("2a")
        #expect(app.runs[1].spec.restart == .function)
        #expect(app.derived.trajectories[1] != original)
        #expect(app.derived.trajectories[1].events.contains { $0.event.restarted })
        #expect(app.step == 1500)
        app.type("a")
        #expect(app.runs[1].spec.restart == .gradient)
        app.type("a")
        #expect(app.runs[1].spec.restart == nil)
        #expect(app.derived.trajectories[1] == original)
    }

    /// Switched to gradient restart, the scenario's function-restart run is its gradient-restart run.
    @Test func aCycledRestartRunsAsTheScenariosOwn() {
        var app = Fixtures.app("restart-ill-conditioned")
        app.type("2a")
        #expect(app.runs[1].spec.restart == .gradient)
        #expect(app.derived.trajectories[1] == app.derived.trajectories[2])
    }

    @Test func restartLeavesRunsWithoutMomentumAlone() {
        var app = Fixtures.app()
        let before = app.derived.trajectories[0]
        app.type("a")
        #expect(app.runs[0].spec.restart == nil)
        #expect(app.derived.trajectories[0] == before)
        // A new optimizer without momentum drops the rule, as a scenario could not have it.
        app.type("3a")
        #expect(app.runs[2].spec.restart == .function)
        app.type("o")
        #expect(app.runs[2].spec.optimizer.name == "adam")
        #expect(app.runs[2].spec.restart == nil)
    }

    @Test func noiseTogglesToATenthOfTheStartingSlope() {
        var app = Fixtures.app()
        let before = app.derived.trajectories[0]
        app.type("n")
        let slope = Rosenbrock().gradient(at: Vector2(-1.5, 2)).norm
        #expect(abs(app.runs[0].spec.noise - 0.1 * slope) < 1e-12)
        #expect(app.derived.trajectories[0] != before)
        app.type("n")
        #expect(app.runs[0].spec.noise == 0)
        #expect(app.derived.trajectories[0] == before)
    }

    @Test func noiseTogglesBackToTheScenariosLevel() {
        var app = Fixtures.app("schedules")
        #expect(app.runs[0].spec.noise == 0.3)
        app.type("n")
        #expect(app.runs[0].spec.noise == 0)
        app.type("n")
        #expect(app.runs[0].spec.noise == 0.3)
    }

    @Test func hideAndIndicatorsToggle() {
        var app = Fixtures.app()
        app.type("x")
        #expect(!app.runs[0].visible)
        #expect(app.drawingOrder == [1, 2])
        app.type("x")
        #expect(app.runs[0].visible)
        app.type("i")
        #expect(app.runs[0].showsIndicators)
        app.type("i")
        #expect(!app.runs[0].showsIndicators)
    }
}
