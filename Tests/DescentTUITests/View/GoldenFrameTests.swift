@testable import DescentCore
import Testing

@testable import DescentTUI

/// What users see, at fixed sizes. Regenerate with `DESCENT_UPDATE_GOLDEN=1 swift test --filter DescentTUITests`.
@Suite struct GoldenFrameTests {
    @Test func defaultScenarioAtStart() {
        Golden.check("rosenbrock-start", Fixtures.app().frame())
    }

    @Test func defaultScenarioMidRun() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        Golden.check("rosenbrock-mid", app.frame())
    }

    /// κ = 100: the heavy ball's map of lr and μ, with the ρ = 1 boundary and Polyak's optimum
    /// (the run sits on it), the cursor on the run's own cell.
    @Test func parameterMap() {
        var app = Fixtures.app("ill-conditioned")
        app.type("2P")
        Golden.check("map-parameters-ill-conditioned", app.frame())
    }

    /// Himmelblau's four basins under plain gradient descent, each in its own colour.
    @Test func basinMap() {
        var app = Fixtures.app("himmelblau-starts")
        app.type("B")
        Golden.check("map-basins-himmelblau", app.frame())
    }

    /// Without colour or Unicode the map still reads: shades by speed, `#` where runs diverged,
    /// basins by their numbers.
    @Test func mapsInPlainASCII() {
        var app = Fixtures.app("ill-conditioned", width: 80, height: 24)
        app.type("2P")
        Golden.check("map-parameters-ascii-80x24", app.frame(width: 80, height: 24, Fixtures.plainest))
        var basins = Fixtures.app("himmelblau-starts", width: 80, height: 24)
        basins.type("B")
        Golden.check("map-basins-ascii-80x24", basins.frame(width: 80, height: 24, Fixtures.plainest))
    }

    @Test func helpOverlay() {
        var app = Fixtures.app()
        app.type("?")
        Golden.check("help", app.frame())
    }

    @Test func theMinimumSize() {
        var app = Fixtures.app(width: 60, height: 16)
        app.seek(toStep: 1200)
        Golden.check("minimum-60x16", app.frame(width: 60, height: 16))
    }

    @Test func helpOnAClassicTerminal() {
        var app = Fixtures.app(width: 80, height: 24)
        app.type("?")
        Golden.check("help-80x24", app.frame(width: 80, height: 24))
    }

    /// A rejected `:` line moves up a row; the caret below points at the unknown name.
    @Test func promptWithAnError() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        app.type(":x^2 + sinn(y)")
        app.send(.key(.enter))
        Golden.check("prompt-error", app.frame())
    }

    @Test func smallTerminalNotice() {
        var app = Fixtures.app(width: 50, height: 12)
        app.seek(toStep: 100)
        Golden.check("too-small", app.frame(width: 50, height: 12))
    }

    /// In truecolour the iso-lines are anti-aliased shadows placed by marching squares.
    @Test func truecolor() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        Golden.check("truecolor", app.frame(TerminalCapabilities(colors: .truecolor, unicode: true)))
    }

    @Test func monochrome() {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        Golden.check("monochrome", app.frame(Fixtures.monochrome))
    }

    /// Without UTF-8 every glyph is ASCII, with colours or without.
    @Test(arguments: [("ascii", Fixtures.ascii), ("ascii-monochrome", Fixtures.plainest)])
    func asciiFallback(_ name: String, _ capabilities: TerminalCapabilities) {
        var app = Fixtures.app()
        app.seek(toStep: 1500)
        let grid = app.frame(capabilities)
        Golden.check(name, grid)
        #expect(grid.cells.allSatisfy { $0.glyph.isASCII })
    }

    @Test func divergedRun() {
        var app = Fixtures.app("divergence")
        app.seek(toStep: app.scenario.steps)
        Golden.check("divergence-end", app.frame())
    }

    /// The bold driver after its undone steps (✗) along the valley, its lr's saw-tooth, and the
    /// panel naming the controller with the last step it took back.
    @Test func boldDriverAfterUndoneSteps() {
        check("bold-driver-400", "bold-driver", step: 400)
    }

    /// Zoomed in on the minimum, where the restarts (↺) happen; the panel names each rule.
    @Test func adaptiveRestartMidRun() {
        check("restart-ill-conditioned-300", "restart-ill-conditioned", keys: "++++++++++", step: 300)
    }

    /// Sixteen runs on a classic terminal: a line each (number, label cut with …, optimizer,
    /// loss, standing), the selected momentum run with its lr, μ and schedule beneath.
    @Test func sixteenRunsOnAClassicTerminal() {
        var app = Fixtures.sixteenRuns(width: 80, height: 24)
        app.type("2")
        app.seek(toStep: 600)
        Golden.check("sixteen-runs-80x24", app.frame(width: 80, height: 24))
    }

    /// Sixteen runs with room to spare: the selected run ⑭ gets the detailed block, the
    /// charts follow, each current point is its run's number on the map.
    @Test func sixteenRunsWithRoom() {
        var app = Fixtures.sixteenRuns(width: 120, height: 40)
        for _ in 0..<13 { app.send(.key(.tab)) }
        app.seek(toStep: 600)
        Golden.check("sixteen-runs-120x40", app.frame(width: 120, height: 40))
    }

    /// Himmelblau's runs are done within the first few percent of the steps: `L` spreads
    /// those over the charts' width; the lines end at the playhead.
    @Test func logStepAxis() {
        check("himmelblau-log-steps", "himmelblau-starts", keys: "L", step: 40)
    }

    /// The noisy schedules with only the last 100 steps drawn, their older half faded.
    @Test func shortTrail() {
        check("schedules-trail-100", "schedules", keys: "ff", step: 1200)
    }
}

extension GoldenFrameTests {
    /// `v` on Nesterov at step 812 of the default scenario: its numbers there, exactly.
    @Test func stepInspector() {
        var app = Fixtures.app()
        app.seek(toStep: 812)
        app.updateFinishingWork(.key("3"))
        app.updateFinishingWork(.key("v"))
        Golden.check("inspector-nesterov-812", app.frame())
        let adam = Fixtures.app("adam-vs-nesterov", width: 80, height: 24)
        var narrow = adam
        narrow.seek(toStep: 40)
        narrow.updateFinishingWork(.key("2"))
        narrow.updateFinishingWork(.key("v"))
        Golden.check("inspector-adam-80x24", narrow.frame(width: 80, height: 24))
    }
}

extension GoldenFrameTests {
    /// The frame of a bundled scenario at 100×30 after `keys`, paused at `step`.
    func check(_ name: String, _ scenario: String, keys: String = "", step: Int) {
        var app = Fixtures.app(scenario)
        app.type(keys)
        app.seek(toStep: step)
        Golden.check(name, app.frame())
    }
}
