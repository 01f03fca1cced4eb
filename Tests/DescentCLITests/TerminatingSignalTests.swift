import DescentTestSupport
import Foundation
import Testing

/// Defects 4 and 5 and their class: a signal that ends descent during a long headless CSV
/// write removes the temporary file and ends the process as that signal does (128 + n), with
/// no crash report and no carrying on.
@Suite("Terminating signals during a headless write")
struct TerminatingSignalTests {
    /// Signals a user or a supervisor sends to stop a program.
    static let stopRequests: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU]
    /// Signals that report a crash; sent by `kill` they still end the process, temporary file removed.
    static let crashReports: [Int32] = [SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]

    @Test(arguments: stopRequests)
    func aStopRequestRemovesTheTemporaryFileAndEnds(signal: Int32) throws {
        let (status, stderr, entries) = try signalDuringWrite(signal)
        #expect(status == 128 + signal, "\(stderr)")
        #expect(entries.isEmpty, "nothing left behind: \(entries)")
        #expect(!stderr.contains("crashed"), "\(stderr)")
    }

    /// Swift's backtracer is off here: it would start a `swift-backtrace` process that outlives
    /// descent, which is no part of what is tested.
    @Test(arguments: crashReports)
    func aCrashSignalRemovesTheTemporaryFileAndEnds(signal: Int32) throws {
        let (status, stderr, entries) = try signalDuringWrite(signal, environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(status == 128 + signal, "\(stderr)")
        #expect(entries.isEmpty, "nothing left behind: \(entries)")
    }

    /// SIGQUIT with no file to clean up (the CSV goes to standard output) still ends a headless
    /// run: Swift's runtime takes it for a crash, prints a backtrace and lets the process carry
    /// on, unless descent says otherwise.
    @Test func quitEndsARunWritingToStandardOutput() throws {
        let dir = try temporaryDirectory()
        let process = try launch(["rosenbrock", "--headless", "--csv", "-", "--steps", "1000000000"], in: dir)
        try poll(process, until: { fileHasBytes(dir.appendingPathComponent("stdout")) })
        kill(process.process.processIdentifier, SIGQUIT)
        let status = try process.wait()
        #expect(status == 128 + SIGQUIT, "\(process.stderr)")
        #expect(!process.stderr.contains("crashed"), "\(process.stderr)")
    }

    /// Starts a long write to `big.csv`, waits until its temporary file holds bytes (so the
    /// write is under way), sends `signal`, and reports how descent ended and what it left.
    private func signalDuringWrite(
        _ signal: Int32, environment: [String: String] = [:]
    ) throws -> (status: Int32, stderr: String, entries: [String]) {
        let dir = try temporaryDirectory()
        let process = try launch(
            ["rosenbrock", "--headless", "--csv", "big.csv", "--steps", "1000000000"], in: dir, environment: environment)
        try poll(process, until: { try hasTemporaryFileWithBytes(in: dir) })
        kill(process.process.processIdentifier, signal)
        let status = try process.wait()
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { !["stdout", "stderr", "core"].contains($0) }
        return (status, process.stderr, entries)
    }

    private func poll(_ process: RunningDescent, until condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while try !condition() {
            try #require(process.process.isRunning && Date() < deadline, "the write never got under way: \(process.stderr)")
            usleep(5_000)
        }
    }

    private func fileHasBytes(_ url: URL) -> Bool {
        let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
        return (size ?? 0) > 0
    }

    private func hasTemporaryFileWithBytes(in dir: URL) throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).contains { name in
            name.hasPrefix(".big.csv.") && fileHasBytes(dir.appendingPathComponent(name))
        }
    }

    /// descent running in `dir`, standard error into `dir/stderr`, core dumps off (SIGQUIT's
    /// default action would write one).
    private func launch(_ arguments: [String], in dir: URL, environment: [String: String] = [:]) throws -> RunningDescent {
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        getrlimit(coreResource, &noCore)
        noCore.rlim_cur = 0
        setrlimit(coreResource, &noCore)
        return try RunningDescent(arguments, in: dir, environment: environment)
    }
}

/// descent started in the background in `dir`, to be signalled; its standard output and
/// error go to `dir/stdout` and `dir/stderr`.
final class RunningDescent {
    let process = Process()
    private let errorFile: URL

    init(_ arguments: [String], in dir: URL, environment: [String: String]) throws {
        errorFile = dir.appendingPathComponent("stderr")
        let outputFile = dir.appendingPathComponent("stdout")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        process.executableURL = DescentExecutable.url
        process.arguments = arguments
        process.currentDirectoryURL = dir
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    var stderr: String {
        (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    /// The exit status as a shell reports it (128 + n for a signal); a process still running
    /// after a minute is killed and the test fails (a hang detector, not a speed assertion).
    func wait() throws -> Int32 {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("descent went on running after the signal")
        }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}

#if canImport(Glibc)
/// Glibc imports RLIMIT_CORE as an enum case that setrlimit does not take directly.
private let coreResource = __rlimit_resource_t(RLIMIT_CORE.rawValue)
#else
private let coreResource = RLIMIT_CORE
#endif
