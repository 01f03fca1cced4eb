import DescentTestSupport
import Foundation

/// How a process started with `Process` ended, and what it wrote to standard error.
struct ProcessOutcome {
    var status: Int32
    var standardError: String

    /// Runs `descent` with the given standard input and output and `environment` changes (a nil
    /// value removes the variable); `deadline` only detects a hang.
    static func runDescent(
        _ arguments: [String], input: FileHandle, output: FileHandle,
        environment changes: [String: String?] = [:], deadline: TimeInterval = 60
    ) throws -> ProcessOutcome {
        let errorsFile = FileManager.default.temporaryDirectory.appendingPathComponent("descent-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        let process = Process()
        process.executableURL = DescentExecutable.url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorsFile)
        try process.run()
        let end = Date().addingTimeInterval(deadline)
        while process.isRunning && Date() < end { usleep(2_000) }
        let hung = process.isRunning
        if hung {
            process.terminate()
            process.waitUntilExit()
        }
        let text = String(decoding: try Data(contentsOf: errorsFile), as: UTF8.self)
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return ProcessOutcome(status: hung ? -1 : status, standardError: text)
    }
}
