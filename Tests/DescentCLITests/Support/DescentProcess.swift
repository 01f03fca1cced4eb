import DescentTestSupport
import Foundation

/// The built `descent` executable, run as a user would, with its output captured.
struct DescentProcess {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var lines: [Substring] { stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
    }

    /// Runs descent to completion; output goes through files so large outputs cannot block.
    /// `redirections` are applied as a shell would (`2>&-`, `>/dev/full`): descent then runs
    /// through `sh -c 'exec descent … <redirections>'`, and a redirected stream is not captured.
    /// A run still going after `deadline` seconds is killed and reported with status −1
    /// (a hang detector, not a speed assertion). `environment` is added to the test's own.
    static func run(
        _ arguments: [String], in directory: URL? = nil, redirecting redirections: String = "", deadline: TimeInterval = 120,
        environment: [String: String] = [:]
    ) throws -> Result {
        try execute(arguments, in: directory, redirecting: redirections, deadline: deadline, environment: environment)
    }

    /// Runs descent with standard output into a pipe, reads one line and closes the pipe,
    /// like `descent ... | head -1`.
    static func runReadingFirstLine(_ arguments: [String]) throws -> (line: String, result: Result) {
        let pipe = Pipe()
        var line = Data()
        let result = try execute(arguments, standardOutput: pipe) {
            while true {
                let byte = pipe.fileHandleForReading.readData(ofLength: 1)
                if byte.isEmpty || byte == Data("\n".utf8) { break }
                line.append(byte)
            }
            try pipe.fileHandleForReading.close()
        }
        return (String(decoding: line, as: UTF8.self), result)
    }

    /// Runs descent with standard output into a pipe that nobody reads any more: the extreme
    /// of `descent … | head -1`, where the reader is gone before the first write.
    static func runIntoClosedPipe(_ arguments: [String]) throws -> Result {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        return try execute(arguments, standardOutput: pipe)
    }

    /// Runs descent, standard output into `standardOutput` or else a file, standard error
    /// into a file, and `whileRunning` as soon as it started. Standard error is never a pipe:
    /// its end would not come while any other child started meanwhile holds an inherited copy
    /// of the pipe's write end (the tests run in parallel).
    private static func execute(
        _ arguments: [String], in directory: URL? = nil, redirecting redirections: String = "",
        standardOutput: Pipe? = nil, deadline: TimeInterval = 120, environment: [String: String] = [:],
        whileRunning: () throws -> Void = {}
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("descent-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        if redirections.isEmpty {
            process.executableURL = DescentExecutable.url
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirections)", DescentExecutable.url.path] + arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = FileHandle.nullDevice
        if let standardOutput {
            process.standardOutput = standardOutput
        } else {
            process.standardOutput = try FileHandle(forWritingTo: out)
        }
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        try whileRunning()
        let killed = waitOrKill(process, deadline: deadline)
        return Result(
            status: killed ? -1 : exitStatus(of: process),
            stdout: try Data(contentsOf: out),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// The exit code, or 128 + the signal number when a signal ended the process, as shells report it.
    private static func exitStatus(of process: Process) -> Int32 {
        process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    private static func waitOrKill(_ process: Process, deadline: TimeInterval) -> Bool {
        let end = Date().addingTimeInterval(deadline)
        while process.isRunning && Date() < end { usleep(2_000) }
        guard process.isRunning else { return false }
        process.terminate()
        process.waitUntilExit()
        return true
    }
}
