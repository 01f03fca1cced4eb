import Foundation
import Testing

/// `descent --function EXPR` end to end: the default runs on a typed function, and errors
/// with a caret under the character.
@Suite("--function")
struct FunctionOptionTests {
    @Test func runsTheDefaultRunsOnTheFunction() throws {
        let r = try DescentProcess.run(["--function", "(x - 1)^2 + 2*(y + 0.5)^2", "--headless", "--csv", "-", "--steps", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(Set(rows.map { $0[0] }) == ["sgd", "momentum", "nesterov"])
        // Every run starts at the expression's default start, (-2, 1.5).
        #expect(rows.filter { $0[2] == "0" }.allSatisfy { $0[3] == "-2.0" && $0[4] == "1.5" })
        for f in rows {
            let x = try #require(Double(f[3])), y = try #require(Double(f[4]))
            #expect(Double(f[5]) == (x - 1) * (x - 1) + 2 * (y + 0.5) * (y + 0.5))
            #expect(Double(f[6]) == 2 * (x - 1))
            #expect(Double(f[7]) == 4 * (y + 0.5))
        }
    }

    @Test func aParseErrorExits64WithACaretUnderTheCharacter() throws {
        let r = try DescentProcess.run(["--function", "x + sinn(y)", "--headless"])
        #expect(r.status == 64)
        #expect(r.stderr == """
            descent: --function: unknown function 'sinn'; did you mean 'sin'?
              x + sinn(y)
                  ^

            """)
        let implicit = try DescentProcess.run(["--function", "3 + 2x", "--headless"])
        #expect(implicit.status == 64)
        #expect(implicit.stderr.hasSuffix("did you mean '2*x'?\n  3 + 2x\n       ^\n"), "\(implicit.stderr)")
    }

    @Test func aFunctionAndAScenarioTogetherAreAUsageError() throws {
        let r = try DescentProcess.run(["rosenbrock", "--function", "x^2", "--headless"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--function replaces the scenario; give one or the other, not 'rosenbrock' too"))
    }

    @Test func aFunctionNotFiniteOnThePathDiverges() throws {
        let r = try DescentProcess.run(["--function", "log(x + 2.5) + y^2", "--headless", "--steps", "2000"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("diverged"), "\(r.stderr)")
    }

    @Test func listDocumentsTheGrammar() throws {
        let r = try DescentProcess.run(["list", "landscapes"])
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("landscape: {expr: "))
        #expect(r.stdoutText.contains("atan2 min max hypot (two arguments"))
        #expect(r.stdoutText.contains("write every product: 2*x, not 2x"))
    }
}
