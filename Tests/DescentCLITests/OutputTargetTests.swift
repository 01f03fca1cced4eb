import DescentTestSupport
import Foundation
import Testing

/// Defects 6, 7 and 8: what `--csv PATH` names decides how it is written. Links are written
/// through, special files directly, the scenario itself and read-only files never.
@Suite("CSV output targets")
struct OutputTargetTests {
    static let arguments = ["rosenbrock", "--headless", "--steps", "20"]

    @Test func aSymlinkIsWrittenThroughToItsTarget() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("links"), withIntermediateDirectories: true)
        try "old\n".write(to: dir.appendingPathComponent("data/real.csv"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/links/link.csv", withDestinationPath: "../data/real.csv")
        let r = try DescentProcess.run(Self.arguments + ["--csv", dir.path + "/links/link.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try kind(of: dir.path + "/links/link.csv") == S_IFLNK, "the link stays a link")
        #expect(try String(contentsOfFile: dir.path + "/data/real.csv", encoding: .utf8).hasPrefix(HeadlessTests.header))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/links") == ["link.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data") == ["real.csv"])
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.csv", withDestinationPath: "new.csv")
        let r = try DescentProcess.run(Self.arguments + ["--csv", dir.path + "/link.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try kind(of: dir.path + "/link.csv") == S_IFLNK)
        #expect(try String(contentsOfFile: dir.path + "/new.csv", encoding: .utf8).hasPrefix(HeadlessTests.header))
    }

    /// A link to `/proc/self/fd/1` is what `/dev/stdout` is: the process's own standard output,
    /// here a regular file. It is written directly, and the link is not replaced.
    @Test func aLinkToAnOpenDescriptorIsWrittenDirectly() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/out", withDestinationPath: "/proc/self/fd/1")
        let r = try DescentProcess.run(Self.arguments + ["--csv", dir.path + "/out"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.hasPrefix(HeadlessTests.header))
        #expect(try kind(of: dir.path + "/out") == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out"])
    }

    /// `/dev/stdout` with standard output redirected to a file: the file gets the CSV, after
    /// what was in it, and `/dev/stdout` stays what it was.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/stdout")))
    func devStdoutRedirectedToAFileIsWrittenDirectly() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("out.txt")
        try "before\n".write(to: out, atomically: false, encoding: .utf8)
        let before = try kind(of: "/dev/stdout")
        let r = try DescentProcess.run(Self.arguments + ["--csv", "/dev/stdout"], redirecting: ">>\(out.path)")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try kind(of: "/dev/stdout") == before)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("before\n" + HeadlessTests.header + "\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }

    @Test func aFIFOIsWrittenDirectly() throws {
        let dir = try temporaryDirectory()
        let fifo = dir.path + "/pipe"
        try #require(mkfifo(fifo, 0o600) == 0)
        let reader = BackgroundReader.fifo(fifo)
        let r = try DescentProcess.run(Self.arguments + ["--csv", fifo])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(String(decoding: reader.wait(), as: UTF8.self).hasPrefix(HeadlessTests.header))
        #expect(try kind(of: fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["pipe"])
    }

    @Test func aUnixSocketIsWrittenDirectly() throws {
        let dir = try temporaryDirectory()
        let path = dir.path + "/socket"
        let listener = try BackgroundReader.socket(path)
        let r = try DescentProcess.run(Self.arguments + ["--csv", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(String(decoding: listener.wait(), as: UTF8.self).hasPrefix(HeadlessTests.header))
        #expect(try kind(of: path) == S_IFSOCK)
    }

    /// Defect 7: the scenario file as the CSV, by its own name, a link or a hard link.
    @Test(arguments: ["same", "link", "hardlink", "dotted"])
    func theScenarioIsNeverTheOutput(name: String) throws {
        let dir = try temporaryDirectory()
        let scenario = dir.appendingPathComponent("s.yaml")
        let text = "landscape: rosenbrock\nsteps: 10\nruns:\n  - optimizer: sgd\n    lr: 0.001\n"
        try text.write(to: scenario, atomically: false, encoding: .utf8)
        let output: String
        switch name {
        case "link":
            output = dir.path + "/link.csv"
            try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: "s.yaml")
        case "hardlink":
            output = dir.path + "/hard.csv"
            try #require(link(scenario.path, output) == 0)
        case "dotted": output = dir.path + "/./s.yaml"
        default: output = scenario.path
        }
        let r = try DescentProcess.run([scenario.path, "--headless", "--csv", output])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("scenario"), "\(r.stderr)")
        #expect(try String(contentsOf: scenario, encoding: .utf8) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.hasPrefix(".") })
    }

    /// Defect 8: a file without write permission is left as it is, with 73, even for root
    /// (who may write anything, but should not replace a file marked read-only).
    @Test func aReadOnlyFileIsNotReplaced() throws {
        let dir = try temporaryDirectory()
        let target = dir.appendingPathComponent("locked.csv")
        try "keep\n".write(to: target, atomically: false, encoding: .utf8)
        try #require(chmod(target.path, 0o444) == 0)
        let r = try DescentProcess.run(Self.arguments + ["--csv", target.path])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains(target.path) && r.stderr.contains("Permission denied"), "\(r.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["locked.csv"])
    }

    private func kind(of path: String) throws -> mode_t {
        var status = stat()
        try #require(lstat(path, &status) == 0)
        return status.st_mode & S_IFMT
    }
}

/// Reads what a writer sends on another thread, until the writer closes.
final class BackgroundReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()
    /// Unblocks the reading thread when no writer came.
    private let release: () -> Void

    private init(read: @escaping @Sendable () -> Data, release: @escaping () -> Void) {
        self.release = release
        Thread.detachNewThread { [self] in
            data = read()
            done.signal()
        }
    }

    /// Reads a FIFO (opening it blocks until a writer comes).
    static func fifo(_ path: String) -> BackgroundReader {
        BackgroundReader(
            read: { FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data() },
            release: { close(open(path, O_WRONLY | O_NONBLOCK)) })
    }

    /// Listens on a Unix stream socket bound at `path` and reads one connection.
    static func socket(_ path: String) throws -> BackgroundReader {
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0 && listen(fd, 1) == 0)
        return BackgroundReader(
            read: {
                defer { close(fd) }
                let connection = accept(fd, nil, nil)
                guard connection >= 0 else { return Data() }
                return FileHandle(fileDescriptor: connection, closeOnDealloc: true).readDataToEndOfFile()
            },
            release: { shutdown(fd, Int32(SHUT_RDWR)) })
    }

    /// What was read; empty, and the thread released, when no writer came within a minute
    /// (a hang detector, not a speed assertion).
    func wait() -> Data {
        if done.wait(timeout: .now() + 60) == .timedOut {
            release()
            done.wait()
        }
        return data
    }
}
