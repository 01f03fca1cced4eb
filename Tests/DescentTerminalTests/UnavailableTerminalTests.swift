import Foundation
import Testing

/// Without a usable terminal the interactive view refuses to start, with a message that points
/// to --headless and the usage status, never with curses' own "Error opening terminal".
@Suite("Interactive view without a terminal")
struct UnavailableTerminalTests {
    /// Runs `descent rosenbrock` on a pseudo-terminal, with `environment` changes.
    private func runOnATerminal(environment: [String: String?]) throws -> ProcessOutcome {
        let terminal = try PseudoTerminal()
        return try ProcessOutcome.runDescent(
            ["rosenbrock"], input: terminal.terminal, output: terminal.terminal, environment: environment)
    }

    @Test func standardOutputNotATerminal() throws {
        let terminal = try PseudoTerminal()
        let outcome = try ProcessOutcome.runDescent(["rosenbrock"], input: terminal.terminal, output: FileHandle.nullDevice)
        #expect(outcome.status == 64)
        #expect(outcome.standardError == """
            descent: the interactive view needs a terminal (standard output is not one); use --headless to write CSV

            """)
    }

    @Test func standardInputNotATerminal() throws {
        let terminal = try PseudoTerminal()
        let outcome = try ProcessOutcome.runDescent(["rosenbrock"], input: FileHandle.nullDevice, output: terminal.terminal)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("(standard input is not one); use --headless"), "\(outcome.standardError)")
    }

    @Test func unknownTerminalType() throws {
        let outcome = try runOnATerminal(environment: ["TERM": "nonexistent"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError == """
            descent: the terminal type 'nonexistent' (TERM) is unknown to this system's terminfo; \
            set TERM to a known type (for example xterm-256color) or use --headless to write CSV

            """)
    }

    @Test func terminalWithoutCursorAddressing() throws {
        let outcome = try runOnATerminal(environment: ["TERM": "dumb"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError == """
            descent: the terminal type 'dumb' (TERM) cannot move the cursor, which the interactive view needs; \
            use --headless to write CSV

            """)
    }

    @Test(arguments: [nil, ""])
    func terminalTypeUnset(term: String?) throws {
        let outcome = try runOnATerminal(environment: ["TERM": term])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("TERM is not set"), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("Error opening terminal"))
    }
}
