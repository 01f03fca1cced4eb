import Foundation
import Testing

/// A typed function's minima on `--headless`: searched for and reported as found when none
/// are given, reported as known when they are; built-ins print no such line.
@Suite("Found minima, end to end")
struct FoundMinimaTests {
    /// The line before the summary, or the summary itself for a built-in.
    @Test(arguments: [
        (["--function", "(1 - x)^2 + 100*(y - x^2)^2"], "found minima: (1, 1) f = 0\nrun "),
        (["--function", "x^2 - y^2"], "found minima: none in the view\nrun "),
        (["custom-function"], "known minima: (-1.5, 0) f = 0; (1.5, 0) f = 0\nrun "),
        (["rosenbrock"], "run "),
    ])
    func theMinimaLine(arguments: [String], expected: String) throws {
        let r = try DescentProcess.run(arguments + ["--headless", "--steps", "10"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix(expected), "\(r.stderr)")
    }

    @Test func himmelblauTypedFindsTheFourInItsView() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("himmelblau.yaml")
        try """
            landscape: {expr: "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"}
            view: {x: [-5, 5], y: [-5, 5]}
            steps: 10
            runs: [{optimizer: sgd, lr: 0.001, start: [0, 0]}]

            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try DescentProcess.run([file.path, "--headless"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stderr.split(separator: "\n").first)
        // Sorted by value (all 0), then x, then y.
        #expect(line == "found minima: (-3.77931, -3.28319) f = 0; (-2.80512, 3.13131) f = 0; "
            + "(3, 2) f = 0; (3.58443, -1.84813) f = 0")
    }

    /// Polyak's step needs f*: a found minimum supplies it; none found is exit 65 saying so.
    @Test func polyakUsesTheFoundMinimum() throws {
        let dir = try temporaryDirectory()
        let found = dir.appendingPathComponent("found.yaml")
        try """
            landscape: {expr: "(x - 1)^2 + 2*(y + 0.5)^2 + 3"}
            steps: 200
            runs: [{optimizer: sgd, schedule: polyak, start: [-2, 1.5]}]

            """.write(to: found, atomically: true, encoding: .utf8)
        let r = try DescentProcess.run([found.path, "--headless"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("found minima: (1, -0.5) f = 3\n"), "\(r.stderr)")
        let none = dir.appendingPathComponent("none.yaml")
        try """
            landscape: {expr: "x^2 - y^2"}
            steps: 200
            runs: [{optimizer: sgd, schedule: polyak}]

            """.write(to: none, atomically: true, encoding: .utf8)
        let bad = try DescentProcess.run([none.path, "--headless"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(none.path):3:35: polyak needs f_min here: no minimum was found in the view"), "\(bad.stderr)")
    }
}
