@testable import DescentCore
import Testing

@testable import DescentTUI

/// The `:` line: typing a function of x and y, or a built-in's name, replaces the landscape.
@Suite struct PromptTests {
    @Test func typingEditsTheLineAndEscCancelsIt() {
        var app = Fixtures.app()
        app.type(":x^2 + y")
        #expect(app.promptOpen && app.prompt.line == "x^2 + y")
        app.send(.key(.backspace), .key(.left), .key(.left))
        app.type("3*")
        #expect(app.prompt.line == "x^2 3*+ " && app.prompt.cursor == 6)
        app.send(.key(.home))
        app.type("(")
        app.send(.key(.end))
        app.type(")")
        #expect(app.prompt.line == "(x^2 3*+ )")
        let landscape = app.landscape
        app.type("q")
        #expect(app.promptOpen, "q is typed, it does not quit")
        app.send(.key(.escape))
        #expect(!app.promptOpen && app.landscape == landscape && app.notice == nil)
        app.type(":")
        #expect(app.prompt.line.isEmpty, "a new line each time")
    }

    @Test func enterWithAFunctionReplacesTheLandscapeAsOneUndoableEdit() throws {
        var app = Fixtures.app()
        let original = app.settings, view = app.viewBox
        let starts = app.runs.map(\.spec.start)
        app.type(":x^2 + 3*y^2")
        app.send(.key(.enter))
        #expect(!app.promptOpen)
        #expect(app.landscapes.name == "x^2 + 3*y^2")
        #expect(app.notice?.text == "landscape rosenbrock → x^2 + 3*y^2")
        #expect(app.landscape.value(at: Vector2(1, 2)) == 13)
        #expect(app.landscape.gradient(at: Vector2(1, 2)) == Vector2(2, 12))
        #expect(app.viewBox == ViewBox(x: -3...3, y: -3...3))
        #expect(app.runs.map(\.spec.start) == starts, "Rosenbrock's starts lie inside [-3, 3]²")
        // The paths are simulated on the new landscape: each first step is the gradient's.
        for (index, run) in app.runs.enumerated() {
            let path = app.derived.trajectories[index]
            guard case .fixed(let start) = run.spec.start else { continue }
            #expect(path.positions[0] == start)
            #expect(path.losses[0] == start.x * start.x + 3 * start.y * start.y)
        }
        #expect(app.frame().line(29).contains("x^2 + 3*y^2"), "the status line names it")
        app.type("u")
        #expect(app.settings == original && app.viewBox == view)
        #expect(app.notice?.text == "undo: landscape x^2 + 3*y^2 → rosenbrock")
    }

    @Test func startsOutsideTheNewViewTakeTheExpressionsDefaultStart() {
        var app = Fixtures.app()
        app.setStart(Vector2(5, 5))
        app.type(":x^2 + y^2")
        app.send(.key(.enter))
        #expect(app.runs[0].spec.start == .fixed(Vector2(-2, 1.5)))
        #expect(app.runs[1].spec.start == Fixtures.scenario().runs[1].start)
    }

    @Test func aBuiltInsNameSelectsItAsTWould() {
        var app = Fixtures.app()
        app.type(":himmelblau")
        app.send(.key(.enter))
        var byT = Fixtures.app()
        while byT.landscapes.name != "himmelblau" { byT.type("t") }
        #expect(app.settings == byT.settings && app.viewBox == byT.viewBox)
        #expect(app.notice?.text == "landscape rosenbrock → himmelblau")
    }

    @Test func anErrorKeepsTheLineOpenWithTheOffendingCharacter() {
        var app = Fixtures.app()
        let landscape = app.landscape
        app.type(":x + sinn(x)")
        app.send(.key(.enter))
        #expect(app.promptOpen && app.landscape == landscape)
        #expect(app.prompt.failure == CommandPrompt.Failure(offset: 4, message: "unknown function 'sinn'; did you mean 'sin'?"))
        let frame = app.frame()
        #expect(frame.line(28).hasPrefix(":x + sinn(x)"))
        #expect(frame.line(29).hasPrefix("     ^ unknown function 'sinn'"), "the caret under the s, one column after the colon")
        app.send(.key(.left))
        #expect(app.prompt.failure != nil, "moving leaves the error")
        app.send(.key(.backspace))
        #expect(app.prompt.failure == nil && app.prompt.line == "x + sinn()")
        app.send(.key(.end), .key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace))
        app.type("2x")
        app.send(.key(.enter))
        #expect(app.prompt.line == "x + 2x")
        #expect(app.prompt.failure?.offset == 5 && app.prompt.failure?.message.contains("2*x") == true)
    }

    /// An unfinished line: the caret goes just past its end.
    @Test func anErrorAtTheEndPointsPastTheLastCharacter() {
        var app = Fixtures.app()
        app.type(":x +")
        app.send(.key(.enter))
        #expect(app.prompt.failure?.offset == 3)
        #expect(app.frame().line(29).hasPrefix("    ^ expected a number"))
    }

    @Test func theLandscapeShownAlreadySaysSo() {
        var app = Fixtures.app()
        app.type(":rosenbrock")
        app.send(.key(.enter))
        #expect(!app.promptOpen && app.notice?.text == "the landscape is already rosenbrock")
        app.type(":x^2")
        app.send(.key(.enter))
        app.type(":x^2")
        app.send(.key(.enter))
        #expect(app.notice?.text == "the landscape is already x^2")
        app.type("u")
        #expect(app.landscapes.name == "rosenbrock", "one step back")
    }

    @Test func arrowsRecallTheSessionsEarlierLines() {
        var app = Fixtures.app()
        for line in [":x^2 + y^2", ":sinn(x)", ":booth"] {
            app.type(line)
            app.send(.key(.enter))
            if app.promptOpen { app.send(.key(.escape)) }
        }
        app.type(":")
        app.send(.key(.up))
        #expect(app.prompt.line == "booth")
        app.send(.key(.up), .key(.up))
        #expect(app.prompt.line == "x^2 + y^2")
        app.send(.key(.up))
        #expect(app.prompt.line == "x^2 + y^2", "the oldest stays")
        app.send(.key(.down))
        #expect(app.prompt.line == "sinn(x)")
        app.send(.key(.down), .key(.down))
        #expect(app.prompt.line.isEmpty, "past the latest, a line of one's own")
    }
}

extension PromptTests {
    /// A function typed on the line has no minima given: the search finds them in its view,
    /// for the ★, the distance and Polyak's f*.
    @Test func aTypedFunctionsMinimaAreFound() {
        var app = Fixtures.app()
        app.type(":(x - 1)^2 + 3*(y + 0.5)^2")
        app.send(.key(.enter))
        #expect(app.landscape.minimaAreFound)
        let minima = app.landscape.minima.map(\.position)
        #expect(minima.count == 1)
        #expect(abs(minima[0].x - 1) < 1e-6 && abs(minima[0].y + 0.5) < 1e-6, "\(minima)")
    }
}
