@testable import DescentCore
import DescentTestSupport
import Testing
@testable import DescentScenario

/// `landscape: {expr: ..., params: ..., minima: ...}`, and errors that point at the character
/// inside the file.
@Suite struct ExpressionScenarioTests {
    func scenario(landscape: String) -> String {
        "steps: 10\nlandscape:\n  \(landscape)\nruns: [{optimizer: sgd}]\n"
    }

    @Test func anExpressionWithParamsAndMinimaIsALandscape() throws {
        let spec = try SimulationSpec(parsing: """
            landscape:
              expr: "(a - x)^2 + b*(y - x^2)^2"
              params: {a: 1, b: 100}
              minima: [[1, 1]]
            steps: 10
            runs: [{optimizer: sgd, lr: 0.001}]
            """, file: "e.yaml")
        let expected = try Expression(
            "(a - x)^2 + b*(y - x^2)^2", parameters: [ExpressionParameter("a", 1), ExpressionParameter("b", 100)],
            minima: [Vector2(1, 1)])
        #expect(spec.landscape == .expression(expected))
        #expect(spec.view == ViewBox(x: -3...3, y: -3...3))
        #expect(spec.landscape.minimumValue == 0)
        #expect(spec.runs[0].start == .fixed(Vector2(-2, 1.5)))
    }

    @Test func errorsPointAtTheCharacterInPlainAndQuotedScalars() {
        #expect(problems(scenario(landscape: "expr: \"x + sinn(y)\"")) == [
            "test.yaml:3:14: unknown function 'sinn'; did you mean 'sin'?"
        ])
        #expect(problems(scenario(landscape: "expr: 'x + sinn(y)'")) == [
            "test.yaml:3:14: unknown function 'sinn'; did you mean 'sin'?"
        ])
        #expect(problems(scenario(landscape: "expr: x + sinn(y)")) == [
            "test.yaml:3:13: unknown function 'sinn'; did you mean 'sin'?"
        ])
        // In a flow mapping, after other keys.
        #expect(problems(scenario(landscape: "{params: {a: 2}, expr: \"a*x + 2y\"}")) == [
            "test.yaml:3:34: implicit multiplication is not allowed; did you mean '2*y'?"
        ])
        // At the end: just after the last character, before the closing quote.
        #expect(problems(scenario(landscape: "expr: \"x +\"")) == [
            "test.yaml:3:13: expected a number, a name, '(' or '-', found the end"
        ])
    }

    @Test func escapesAndDoubledQuotesCountAsTheyAreWritten() {
        // `''` is one quote in the text, two characters in the file.
        #expect(problems(scenario(landscape: "expr: 'x + ''q'' + zz'")) == [
            "test.yaml:3:14: unexpected '''; expected a number, a name, an operator (+ - * / ^), '(', ')' or ','"
        ])
        // `\u0078` is x: six characters in the file.
        #expect(problems(scenario(landscape: "expr: \"\\u0078 + zz\"")) == [
            "test.yaml:3:19: unknown name 'zz'; valid: x, y, pi, e"
        ])
    }

    @Test func aScalarOverSeveralLinesPointsAtItsStart() {
        let text = "steps: 10\nlandscape:\n  expr: >\n    x +\n    zz\nruns: [{optimizer: sgd}]\n"
        #expect(problems(text) == [
            "test.yaml:3:9: unknown name 'zz'; valid: x, y, pi, e (at character 5 of the expression)"
        ])
    }

    @Test func parameterAndShapeErrors() {
        #expect(problems(scenario(landscape: "{expr: x, params: {a: 1, x: 2}}")) == [
            "test.yaml:3:28: a parameter cannot be named 'x': x, y, pi and e are taken"
        ])
        #expect(problems(scenario(landscape: "{expr: a*x, params: {a: 1, a: 2}}")) == [
            "test.yaml:3:30: duplicate key 'a' (first at 3:24); each key may appear once"
        ])
        #expect(problems(scenario(landscape: "{expr: x, params: {a: \"1\"}}")) == [
            "test.yaml:3:25: param a: expected a number, found the string \"1\""
        ])
        #expect(problems(scenario(landscape: "{expr: x, minima: [1, 1]}")) == [
            "test.yaml:3:22: minima: expected a point [x, y], found 1",
            "test.yaml:3:25: minima: expected a point [x, y], found 1",
        ])
        #expect(problems(scenario(landscape: "{expr: x, minimum: [[1, 1]]}")) == [
            "test.yaml:3:13: unknown key 'minimum' in landscape; did you mean 'minima'? valid: expr, params, minima"
        ])
        #expect(problems(scenario(landscape: "{expr: [x]}")) == [
            "test.yaml:3:10: expr: expected a formula in x and y, e.g. \"x^2 + y^2\", found a list of 1 item"
        ])
        #expect(problems(scenario(landscape: "{expr: \"\"}")) == [
            "test.yaml:3:11: empty expression; expected a function of x and y"
        ])
    }

    @Test func aFunctionNotFiniteOnThePathDivergesTheRun() throws {
        let spec = try SimulationSpec(parsing: """
            landscape: {expr: "log(x) + y^2"}
            steps: 100
            start: [0.5, 1]
            runs: [{optimizer: sgd, lr: 1}]
            """, file: "log.yaml")
        let sink = try simulate(spec)
        #expect(sink.summaries[0].diverged)
        #expect(sink.samples.last?.status == .diverged)
    }
}
