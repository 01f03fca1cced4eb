@testable import DescentCore
import Testing

@testable import DescentTUI

/// What the panel says about how each run sets its lr and what that cost.
@Suite struct SidePanelTests {
    func panel(_ app: DescentApp, width: Int = 100, height: Int = 30) -> [String] {
        let grid = app.frame(width: width, height: height), panel = ScreenLayout(width: width, height: height).panel
        return (panel.y..<panel.maxY).map { y in
            String(String.UnicodeScalarView((panel.x..<panel.maxX).map { grid[$0, y].glyph }))
                .trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func theControllerItsLrAndItsLastDecision() {
        var app = Fixtures.app("bold-driver")
        app.seek(toStep: 100)
        let lines = panel(app)
        let lr = CompactNumber.format(app.derived.trajectories[1].rates[100])
        #expect(lines.contains("lr \(lr)  μ 0.9  bold_driver"))
        // Undone steps 1, 2, 3, 4, 6, 9, 12 before step 100; f and ∇f once per step.
        #expect(lines.contains("evals 202  step_undone @12"))
        #expect(lines.contains("lr 0.01  μ 0.9  constant"))
        #expect(lines.contains("evals 6"))
    }

    @Test func theRestartRuleGetsALineOfItsOwn() {
        var app = Fixtures.app("restart-ill-conditioned")
        app.seek(toStep: 120)
        let lines = panel(app)
        #expect(lines.filter { $0 == "lr 1  μ 0.995  constant" }.count == 3)
        #expect(lines.contains("restart: function") && lines.contains("restart: gradient"))
        #expect(lines.contains("evals 242  restart @104"))
        #expect(lines.contains("evals 121  restart @106"))
    }

    @Test func aLineSearchShowsItsBacktracks() throws {
        var app = Fixtures.app("backtracking-rosenbrock")
        app.seek(toStep: 3000)
        let trajectory = app.derived.trajectories[1]
        let last = try #require(trajectory.latestEvent(atOrBefore: 3000))
        let text = "evals \(trajectory.evals[3000])  backtrack:\(last.event.backtracks) @\(last.sample)"
        #expect(panel(app, height: 40).contains(text))
    }

    /// Too short for every detail, the blocks drop the evaluations before the charts go.
    @Test func lessRoomLessDetail() {
        let app = Fixtures.app(width: 80, height: 24)
        let lines = panel(app, width: 80, height: 24)
        #expect(!lines.contains { $0.hasPrefix("evals") })
        #expect(lines.contains("lr 0.001  μ 0.9  constant"))
        #expect(lines.contains { $0.hasPrefix("lr (log)") })
    }

    @Test func theMapSaysWhenARunMinimisesMoreThanF() {
        var app = Fixtures.app()
        #expect(!panel(app).contains { $0.hasPrefix("map:") })
        app.runs[1].spec.weightDecay = 0.01
        app.refreshDerivedData()
        var lines = panel(app)
        #expect(lines[2] == "map: f only — run 2 minimises")
        #expect(lines[3] == "f + ½·wd‖x‖²")
        #expect(lines[10...11] == ["lr 0.001  μ 0.9  constant", "wd 0.01"])
        app.runs[2].spec.l1 = 0.1
        app.refreshDerivedData()
        lines = panel(app)
        #expect(lines[2] == "map: f only — runs 2, 3 minimise")
        #expect(lines[3] == "f + ½·wd‖x‖² + l1‖x‖₁")
        // Only visible runs count.
        app.type("2x3x")
        #expect(!panel(app).contains { $0.hasPrefix("map:") })
        #expect(panel(app, width: 100).allSatisfy { !$0.contains("‖") })
        app.type("x")
        #expect(FrameText.plain(app.frame(Fixtures.ascii)).contains("map: f only - run 3 minimises"))
    }

    /// After `oo` a run labelled `momentum` is Adam: its row says so, in full rows and in the
    /// one-line rows of sixteen runs alike.
    @Test func theOptimizerStandsBesideTheLabel() {
        var app = Fixtures.app(width: 80, height: 24)
        app.type("2oo")
        #expect(panel(app, width: 80, height: 24).contains { $0.hasPrefix("▶2 momentum   adam") })
        var many = Fixtures.sixteenRuns(width: 80, height: 24)
        many.type("2oo")
        let lines = panel(many, width: 80, height: 24)
        #expect(lines.contains { $0.hasPrefix("▶2 momentum   adam") })
        #expect(lines.contains { $0.hasPrefix("⑯ last-one   sgd") })
    }

    /// With sixteen runs the others take a line each, and the selected run keeps its lr, μ
    /// and optimizer, from 80×24 to 200×60, whichever run is selected.
    @Test(arguments: [(80, 24), (100, 30), (120, 40), (200, 60)])
    func theSelectedRunKeepsItsNumbers(_ width: Int, _ height: Int) {
        var app = Fixtures.sixteenRuns(width: width, height: height)
        for (key, index) in [("2", 1), ("\t\t\t\t\t\t\t\t\t\t\t\t\t", 14)] {
            for character in key { app.send(.key(character == "\t" ? .tab : .character(character))) }
            #expect(app.selected == index)
            let lines = panel(app, width: width, height: height)
            let label = app.runs[index].spec.label, lr = CompactNumber.format(app.runs[index].spec.lr)
            let head = lines.firstIndex { $0.hasPrefix("▶\(RunNumber.glyph(index, unicode: true)) \(label)") }
            #expect(head != nil, "\(width)×\(height)")
            #expect(head.map { lines[$0].contains(app.runs[index].spec.optimizer.name) } == true)
            #expect(head.map { lines[$0 + 1].hasPrefix("lr \(lr)  μ 0.9  constant") } == true, "\(width)×\(height)")
            // Every run has its row.
            #expect(lines.filter { $0.contains("ok") }.count == 16)
        }
    }

    /// Labels longer than their column end in an ellipsis (ASCII: `~`), not mid-word.
    @Test func longLabelsEndInAnEllipsis() {
        let app = Fixtures.sixteenRuns(width: 80, height: 24)
        let lines = panel(app, width: 80, height: 24)
        #expect(lines.contains { $0.hasPrefix("▶1 backtrack… sgd") })
        #expect(lines.contains { $0.hasPrefix("3 nesterov-… nesterov") })
        #expect(FrameText.plain(app.frame(width: 80, height: 24, Fixtures.ascii)).contains("3 nesterov-~ nesterov"))
    }

    /// A converged run says where, like a diverged one, and its block what it took.
    @Test func convergedAtAStepWithItsCost() {
        var app = Fixtures.app("divergence")
        app.seek(toStep: 400)
        let lines = panel(app)
        #expect(lines.contains { $0.hasPrefix("2 lr 1.9") && $0.hasSuffix("converged @174") })
        #expect(lines.contains("to tol: 174 steps, 175 evals"))
        app.seek(toStep: 100)
        #expect(!panel(app).contains { $0.contains("converged") || $0.contains("to tol") })
    }

    /// A long run keeps every k-th step only; what the run spent to converge is still known.
    @Test func theCostToToleranceOfALongRun() {
        var app = Fixtures.app("divergence", steps: 200_000)
        #expect(app.timeline.stride > 1 && 174 % app.timeline.stride != 0)
        app.updateFinishingWork(.key("G"))
        #expect(panel(app).contains("to tol: 174 steps, 175 evals"))
    }

    /// At the minimum size sixteen blocks do not fit: the list starts late enough for the
    /// selected run's block to show in full.
    @Test func theSelectedRunScrollsIntoView() {
        var app = Fixtures.sixteenRuns(width: 60, height: 16)
        let top = panel(app, width: 60, height: 16)
        #expect(top[3].hasPrefix("▶1 backtrack…") && !top.contains { $0.hasPrefix("⑯") })
        app.send(.key(.backTab))
        let lines = panel(app, width: 60, height: 16)
        let head = lines.firstIndex { $0.hasPrefix("▶⑯ last-one") }
        #expect(head.map { lines[$0 + 1].hasPrefix("lr 0.00175  constant") } == true)
        #expect(!lines.contains { $0.hasPrefix("1 backtrack…") })
    }
}
