@testable import DescentCore
import Testing

@testable import DescentTUI

/// Help, quitting, and what makes `update`/`view` a program the backend can run.
@Suite struct ProgramTests {
    /// q, Ctrl-C and htop's F10 quit; Esc never does.
    @Test func quitKeys() {
        for key: Key in ["q", .interrupt, .function(10)] {
            var app = Fixtures.app()
            #expect(app.send(.key(key)).quits)
        }
        var app = Fixtures.app()
        #expect(app.type("?").isNone)
    }

    /// Esc, pressed twice by reflex, cancels what there is to cancel and otherwise says how to quit.
    @Test func escapeAtTheTopLevelOnlyHintsHowToQuit() {
        var app = Fixtures.app()
        let settings = app.settings
        #expect(app.send(.key(.escape)).isNone)
        #expect(app.send(.key(.escape)).isNone)
        #expect(app.notice?.text == "q quits")
        #expect(app.settings == settings && app.playback.playing)
        #expect(app.frame().line(29).contains("q quits"))
    }

    /// htop's F1 opens the help as `?` does; any key closes it.
    @Test func f1OpensTheHelp() {
        var app = Fixtures.app()
        app.send(.key(.function(1)))
        #expect(app.helpOpen)
        app.send(.key(.function(1)))
        #expect(!app.helpOpen)
    }

    @Test func helpOpensAndAnyKeyClosesItWithoutActing() {
        var app = Fixtures.app()
        app.type("?")
        #expect(app.helpOpen)
        #expect(app.type("q").isNone)
        #expect(!app.helpOpen)
        app.type("?")
        app.send(.key(.escape))
        #expect(!app.helpOpen)
        app.type("?")
        app.type("E")
        #expect(app.runs[0].spec.lr == 0.001)
        app.type("?")
        #expect(app.send(.key(.interrupt)).quits)
    }

    @Test func escapeLeavesTheCursorMode() {
        var app = Fixtures.app()
        app.type("c")
        #expect(app.send(.key(.escape)).isNone)
        #expect(app.cursor == nil && app.notice == nil)
        #expect(app.send(.key(.escape)).isNone)
        #expect(app.notice?.text == "q quits")
    }

    @Test func theHelpListsEveryBoundKey() {
        let listed = KeyGuide.sections.flatMap(\.entries)
        #expect(listed.allSatisfy { !$0.meaning.isEmpty && !$0.keys.isEmpty })
        for key: Key in [" ", ".", ",", "]", "[", "}", "{", "g", "G", .home, .end, ">", "<", "r", .tab, .backTab,
            "1", "9", "e", "E", "m", "M", "o", "s", "n", "x", "i", "t", "T", .left, .right, .up, .down, "h", "j", "k",
            "l", "+", "=", "-", "0", "c", "?", "q", .interrupt, .escape, "u", .control("r"), "R", .function(1),
            .function(10)]
        {
            #expect(KeyGuide.action(for: key, in: .landscape) != nil, "\(key)")
        }
    }

    @Test func viewIsAPureFunctionOfStateAndSize() {
        var app = Fixtures.app()
        app.type("i2i")
        app.send(.tick(seconds: 2))
        #expect(app.frame() == app.frame())
        #expect(app.frame(width: 120, height: 40) == app.frame(width: 120, height: 40))
    }

    @Test func aFrameForAnotherSizeNeedsNoResize() {
        var app = DescentApp(spec: Fixtures.scenario())
        app.seek(toStep: 1500)
        #expect(app.derived.heatmap == nil)
        var resized = app
        resized.send(.resize(width: 100, height: 30))
        #expect(app.frame() == resized.frame())
    }

    @Test func everySizeDrawsWithoutTrapping() {
        var app = Fixtures.app()
        app.type("?")
        for width in [0, 1, 10, 59, 60, 61, 80, 133, 250] {
            for height in [0, 1, 5, 15, 16, 17, 24, 60] {
                let grid = app.frame(width: width, height: height)
                #expect(grid.width == width && grid.height == height)
            }
        }
    }
}
