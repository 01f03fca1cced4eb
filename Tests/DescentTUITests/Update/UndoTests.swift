@testable import DescentCore
import Foundation
import Testing

@testable import DescentTUI

/// vim's `u` and Ctrl-R over edits of what is simulated, and `R` back to the scenario.
@Suite struct UndoTests {
    @Test func undoAndRedoStepThroughEditsAndSelectTheRunTheyChange() {
        var app = Fixtures.app()
        let original = app.settings, originalTrajectory = app.derived.trajectories[1]
        app.type("2E")
        let raised = app.settings
        app.type("3o")
        #expect(app.runs[2].spec.optimizer.name == "adam")
        app.type("1u")
        #expect(app.selected == 2 && app.settings == raised, "the optimizer back, run 3 selected")
        #expect(app.notice?.text == "undo: nesterov: optimizer adam → nesterov")
        app.type("u")
        #expect(app.selected == 1 && app.settings == original)
        #expect(app.notice?.text == "undo: momentum: lr 0.0015 → 0.001")
        #expect(app.derived.trajectories[1] == originalTrajectory, "simulated again")
        app.type("u")
        #expect(app.notice?.text == "nothing to undo" && app.settings == original)
        app.send(.key(.control("r")))
        #expect(app.settings == raised && app.selected == 1)
        #expect(app.notice?.text == "redo: momentum: lr 0.001 → 0.0015")
        app.send(.key(.control("r")))
        #expect(app.runs[2].spec.optimizer.name == "adam" && app.selected == 2)
        app.send(.key(.control("r")))
        #expect(app.notice?.text == "nothing to redo")
    }

    @Test func aNewEditClearsWhatCouldBeRedone() {
        var app = Fixtures.app()
        app.type("Eu")
        app.type("n")
        app.send(.key(.control("r")))
        #expect(app.notice?.text == "nothing to redo")
        #expect(app.runs[0].spec.lr == 0.001 && app.runs[0].spec.noise > 0)
    }

    /// Switching the landscape moves every run's start: one step undoes all of it, with the view.
    @Test func aLandscapeSwitchIsOneStep() {
        var app = Fixtures.app()
        let original = app.settings, view = app.viewBox
        app.type("t")
        #expect(app.landscapes.name != "rosenbrock" && app.notice?.text == "landscape rosenbrock → \(app.landscapes.name)")
        app.type("u")
        #expect(app.settings == original && app.viewBox == view)
    }

    /// What is not simulated is not an edit: playback, selection, the view, hiding a run.
    @Test func navigationIsNotUndone() {
        var app = Fixtures.app()
        app.type("E2x+lG")
        app.type("u")
        #expect(app.runs[0].spec.lr == 0.001)
        #expect(!app.runs[1].visible && app.selected == 0, "undo selects the run it changed")
        app.type("u")
        #expect(app.notice?.text == "nothing to undo")
    }

    @Test func mapClicksAndTheCursorMoveTheStartAsEdits() throws {
        var app = Fixtures.app()
        let plot = app.layout.plot
        app.send(.mouse(MouseEvent(.press, x: plot.x + plot.width / 2, y: plot.y + plot.height / 2)))
        guard case .fixed(let start) = app.runs[0].spec.start else { throw StartIsNotFixed() }
        #expect(app.notice?.text == "sgd: start (-1.5, 2) → (\(CompactNumber.format(start.x)), \(CompactNumber.format(start.y)))")
        app.type("u")
        #expect(app.runs[0].spec.start == .fixed(Vector2(-1.5, 2)))
        app.type("c")
        app.send(.key(.right), .key(.enter))
        #expect(app.runs[0].spec.start != .fixed(Vector2(-1.5, 2)) && app.history.undoable.count == 1)
    }

    private struct StartIsNotFixed: Error {}

    @Test func historyIsBounded() {
        var app = Fixtures.app(steps: 10)
        for _ in 0..<(EditHistory.depth + 20) { app.type("E") }
        #expect(app.history.undoable.count == EditHistory.depth)
        for _ in 0..<(EditHistory.depth + 5) { app.type("u") }
        #expect(abs(app.runs[0].spec.lr / (0.001 * pow(1.5, 20)) - 1) < 1e-12, "the first 20 edits are forgotten")
    }

    @Test func resetPutsTheScenariosSettingsBackAsAnEdit() {
        var app = Fixtures.app()
        app.type("2EMoa")
        app.type("R")
        #expect(app.runs[1].spec == app.scenario.runs[1])
        #expect(app.notice?.text.hasPrefix("reset momentum: optimizer nesterov → momentum, lr 0.0015 → 0.001") == true)
        app.type("R")
        #expect(app.notice?.text == "momentum has the scenario's settings")
        app.type("u")
        #expect(app.runs[1].spec.optimizer.name == "nesterov")
    }

    /// Away from the scenario's landscape a reset run starts where the others do: at that
    /// landscape's default start.
    @Test func resetKeepsTheLandscapesStart() {
        var app = Fixtures.app()
        app.type("tER")
        #expect(app.runs[0].spec.start == .fixed(app.landscape.defaultStart))
        #expect(app.runs[0].spec.lr == 0.001 && !app.isEdited)
    }
}
