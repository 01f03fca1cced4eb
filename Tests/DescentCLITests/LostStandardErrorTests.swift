import Foundation
import Testing

/// Crash 3 and its class: a message that cannot be written, because standard error is closed
/// (`2>&-`) or a full device (`2>/dev/full`), never crashes descent nor changes what its exit
/// code says. Every command, on its success and its error paths.
@Suite("Standard error closed or full")
struct LostStandardErrorTests {
    /// A command line and the exit code it has with a working standard error.
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let status: Int32
        var testDescription: String { "\(arguments.joined(separator: " ")) → \(status)" }
    }

    static let invalidScenario = "landscape: rosenbrock\nsteps: 100\nruns:\n  - optimizer: sgd\n    lr: -1\n"

    static let cases: [Case] = [
        Case(arguments: ["rosenbrock", "--headless", "--steps", "50"], status: 0),
        Case(arguments: ["rosenbrock", "--headless", "--csv", "/dev/null", "--steps", "50"], status: 0),
        Case(arguments: ["nosuch"], status: 66),
        Case(arguments: ["nosuch", "--headless"], status: 66),
        Case(arguments: ["INVALID", "--headless"], status: 65),
        Case(arguments: ["rosenbrock", "--headless", "--steps", "0"], status: 64),
        Case(arguments: ["rosenbrock", "--nonsense"], status: 64),
        Case(arguments: ["rosenbrock"], status: 64),  // no terminal
        Case(arguments: ["rosenbrock", "--headless", "--csv", "/no/such/directory/out.csv"], status: 73),
        Case(arguments: ["rosenbrock", "--headless", "--csv", "/dev/full", "--steps", "1000"], status: 74),
        Case(arguments: ["list"], status: 0),
        Case(arguments: ["list", "nonsense"], status: 64),
        Case(arguments: ["render", "--size", "40x12"], status: 0),
        Case(arguments: ["render", "INVALID", "--size", "40x12"], status: 65),
        Case(arguments: ["render", "nosuch", "--size", "40x12"], status: 66),
        Case(arguments: ["render"], status: 64),
        Case(arguments: ["--help"], status: 0),
        Case(arguments: ["render", "--help"], status: 0),
        Case(arguments: ["help", "list"], status: 0),
    ]

    @Test(arguments: cases, ["", "2>&-", "2>/dev/full"])
    func exitCodeKeepsItsMeaning(_ command: Case, redirection: String) throws {
        let dir = try temporaryDirectory()
        let scenario = dir.appendingPathComponent("invalid.yaml")
        try Self.invalidScenario.write(to: scenario, atomically: true, encoding: .utf8)
        let arguments = command.arguments.map { $0 == "INVALID" ? scenario.path : $0 }
        let r = try DescentProcess.run(arguments, redirecting: redirection + " >/dev/null")
        #expect(r.status == command.status, "\(redirection): \(r.stderr)")
    }
}
