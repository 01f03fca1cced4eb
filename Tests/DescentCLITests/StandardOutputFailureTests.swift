import Foundation
import Testing

/// Defect 9 and its class: every command that prints to standard output treats it as the CSV
/// does. A full device is an I/O error (74, with a message); a reader that has gone away, as
/// in `descent list | head -1`, ends the command quietly with 0.
@Suite("Standard output full or closed")
struct StandardOutputFailureTests {
    static let printingCommands: [[String]] = [
        ["list"], ["list", "scenarios"], ["list", "schedules"],
        ["render", "--size", "120x40"], ["render", "--size", "80x24", "--ansi"],
        ["--help"], ["render", "--help"], ["help", "run"],
        ["rosenbrock", "--headless", "--csv", "-", "--steps", "3000"],
    ]

    @Test(arguments: printingCommands)
    func aFullDeviceIsAnIOError(arguments: [String]) throws {
        let r = try DescentProcess.run(arguments, redirecting: ">/dev/full")
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("standard output") && r.stderr.contains("No space left on device"), "\(r.stderr)")
    }

    @Test(arguments: printingCommands)
    func aReaderThatLeftEndsQuietly(arguments: [String]) throws {
        let r = try DescentProcess.runIntoClosedPipe(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty || arguments.contains("--headless"), "\(r.stderr)")
    }

    /// A closed standard output is an output that cannot be written, not a success.
    @Test(arguments: printingCommands)
    func aClosedStandardOutputIsAnIOError(arguments: [String]) throws {
        let r = try DescentProcess.run(arguments, redirecting: ">&-")
        #expect(r.status == 74, "\(r.stderr)")
    }
}
