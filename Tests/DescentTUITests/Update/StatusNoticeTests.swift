@testable import DescentCore
import Testing

@testable import DescentTUI

/// Every edit is confirmed in the status line, a key that does nothing says why, and the
/// notice goes after about two seconds of ticks.
@Suite struct StatusNoticeTests {
    private func notice(after keys: String, selecting run: Character = "1", _ scenario: String = "rosenbrock") -> String? {
        var app = Fixtures.app(scenario)
        app.type(String(run) + keys)
        return app.notice?.text
    }

    @Test func editsSayWhatChanged() {
        #expect(notice(after: "E", selecting: "3") == "nesterov: lr 0.001 → 0.0015")
        #expect(notice(after: "m", selecting: "2") == "momentum: μ 0.9 → 0.85")
        #expect(notice(after: "o", selecting: "2") == "momentum: optimizer momentum → nesterov")
        #expect(notice(after: "s") == "sgd: schedule constant → step")
        #expect(notice(after: "a", selecting: "2") == "momentum: restart none → function")
        #expect(notice(after: "oa", selecting: "2") == "momentum: restart none → function")
        #expect(notice(after: "n", "saddle-noise") == "plain: noise 0 → 0.3")
    }

    /// Nesterov's μ and form go with the run to Nesterov, and restart is dropped by Adam.
    @Test func anOptimizerChangeSaysWhatElseWent() {
        #expect(notice(after: "ao", selecting: "3") == "nesterov: optimizer nesterov → adam, restart function → none")
    }

    @Test func keysThatDoNothingSayWhy() {
        #expect(notice(after: "a") == "restart applies to momentum and nesterov")
        #expect(notice(after: "M") == "momentum applies to momentum, nesterov and rmsprop")
        #expect(notice(after: "MMM", selecting: "2") == "momentum: μ is already 0.99, its highest")
        #expect(notice(after: "u") == "nothing to undo")
    }

    /// Paused, the app wants ticks only while a notice shows, so a paused view goes back to
    /// using no CPU once it has gone.
    @Test func theNoticeExpiresByTicks() {
        var app = Fixtures.app()
        app.type(" ")
        #expect(!app.wantsTicks)
        app.type("E")
        #expect(app.wantsTicks && app.frame().line(29).contains("sgd: lr 0.001 → 0.0015"))
        app.send(.tick(seconds: 1.5))
        #expect(app.notice != nil && app.wantsTicks && app.step == 0)
        app.send(.tick(seconds: 0.6))
        #expect(app.notice == nil && !app.wantsTicks)
        #expect(app.frame().line(29).contains("⏸ paused"))
    }

    @Test func aLongNoticeIsCutBeforeTheHelpHint() {
        var app = Fixtures.app(width: 80, height: 24)
        app.type("3aoR")
        let line = app.frame(width: 80, height: 24).line(23)
        #expect(line.hasPrefix(" Rosenbrock valley  step 0/3000  reset nesterov: optimizer adam → nest…  ? help"))
    }
}

extension StatusNoticeTests {
    /// View toggles say what they switched to, as edits do.
    @Test func viewTogglesSayWhatTheyDid() {
        var app = Fixtures.app()
        let said: [(String, String)] = [
            ("f", "trail: the last 1000 steps"), ("f", "trail: the last 100 steps"), ("f", "trail: the whole path"),
            ("L", "step axis: log"), ("L", "step axis: linear"),
            ("X", "showing the selected run alone"), ("X", "showing every run"),
            ("x", "sgd: hidden"), ("x", "sgd: shown"),
        ]
        for (key, text) in said {
            app.type(key)
            #expect(app.notice?.text == text, "\(key)")
        }
    }
}
