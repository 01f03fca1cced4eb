import Foundation
import Testing

@testable import DescentExport

@Suite(.serialized) struct AtomicFileOutputTests {
    @Test func targetAppearsOnlyOnFinish() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path + "/out.csv"
        let output = try AtomicFileOutput(path: target)
        try write("a,b\n1,2\n", to: output)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try directory.entries().count == 1, "the temporary file, beside the target")
        #expect(try directory.entries().allSatisfy { $0.hasPrefix(".out.csv.") })
        try output.finish()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "a,b\n1,2\n")
        #expect(try directory.entries() == ["out.csv"])
    }

    @Test func replacesAnExistingFileKeepingItsMode() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path + "/out.csv"
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o640)
        let output = try AtomicFileOutput(path: target)
        try write("new\n", to: output)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        try output.finish()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try mode(of: target) == 0o640)
        #expect(try directory.entries() == ["out.csv"], "the old file gone, no temporary file left")
    }

    /// Replacing a file replaces its name, as a rename does: another hard link to the old file
    /// keeps the old bytes.
    @Test func anotherLinkToTheReplacedFileKeepsItsBytes() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path + "/out.csv", other = directory.path + "/other.csv"
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(link(target, other) == 0)
        let output = try AtomicFileOutput(path: target)
        try write("new\n", to: output)
        try output.finish()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "old\n")
        #expect(try directory.entries() == ["other.csv", "out.csv"])
    }

    /// A directory that took the file's place while it was written stays there: the output
    /// fails as a rename over it would, and leaves nothing behind.
    @Test func aDirectoryInTheTargetsPlaceStaysAndTheOutputFails() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path + "/out.csv"
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        let output = try AtomicFileOutput(path: target)
        try write("new\n", to: output)
        #expect(unlink(target) == 0 && mkdir(target, 0o755) == 0)
        #expect(throws: OutputError.cannotCreate(path: target, errno: EISDIR)) { try output.finish() }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(try directory.entries() == ["out.csv"], "no temporary file left")
    }

    /// A new file (what `w` saves) appears whole under a free name, and never replaces a file,
    /// not even one created while it was being written.
    @Test func aNewFileNeverReplacesOne() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path + "/new.yaml"
        let output = try AtomicFileOutput(newFileAt: target)
        try write("mine\n", to: output)
        #expect(!FileManager.default.fileExists(atPath: target))
        try output.finish()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
        #expect(try directory.entries() == ["new.yaml"])

        let raced = try AtomicFileOutput(newFileAt: target)
        try write("theirs\n", to: raced)
        #expect(throws: OutputError.cannotCreate(path: target, errno: EEXIST)) { try raced.finish() }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
        #expect(try directory.entries() == ["new.yaml"], "no temporary file left")
    }

    @Test func discardLeavesNothingAndKeepsAnExistingFile() throws {
        let directory = try TemporaryDirectory()
        let fresh = try AtomicFileOutput(path: directory.path + "/fresh.csv")
        try write("partial", to: fresh)
        fresh.discard()
        #expect(try directory.entries().isEmpty)

        let target = directory.path + "/kept.csv"
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        let replacing = try AtomicFileOutput(path: target)
        try write("partial", to: replacing)
        replacing.discard()
        #expect(try directory.entries() == ["kept.csv"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
    }

    @Test func droppingAnUnfinishedOutputLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        do {
            let output = try AtomicFileOutput(path: directory.path + "/out.csv")
            try write("partial", to: output)
        }
        #expect(try directory.entries().isEmpty)
    }

    /// A write that fails part-way (here: the file size limit, EFBIG) leaves neither the
    /// temporary file nor a target. The limit is per process (other tests write only small
    /// files), so it is lifted again right after the one write.
    @Test func failedWriteLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        let output = try AtomicFileOutput(path: directory.path + "/out.csv")
        let chunk = [UInt8](repeating: 0x41, count: 1 << 20)
        let error = withFileSizeLimit(1 << 19) {
            #expect(throws: OutputError.self) { try chunk.withUnsafeBytes { try output.write($0) } }
        }
        #expect(error == .writeFailed(path: directory.path + "/out.csv", errno: EFBIG))
        #expect(try directory.entries().isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDeviceIsAnIOError() throws {
        let output = try AtomicFileOutput(path: "/dev/full")
        let error = #expect(throws: OutputError.self) { try write("x", to: output) }
        #expect(error == .writeFailed(path: "/dev/full", errno: ENOSPC))
        #expect(error?.description == "cannot write /dev/full: No space left on device")
    }

    @Test func devNullIsWrittenDirectlyNotReplaced() throws {
        let output = try AtomicFileOutput(path: "/dev/null")
        try write("x", to: output)
        try output.finish()
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func missingDirectoryCannotBeCreated() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path + "/missing/out.csv"
        let error = #expect(throws: OutputError.self) { try AtomicFileOutput(path: target) }
        #expect(error == .cannotCreate(path: target, errno: ENOENT))
        #expect(error?.description == "cannot create \(target): No such file or directory")
    }

    @Test func directoryCannotBeCreated() throws {
        let directory = try TemporaryDirectory()
        for path in [directory.path, directory.path + "/", ""] {
            #expect(throws: OutputError.self) { try AtomicFileOutput(path: path) }
        }
        #expect(try directory.entries().isEmpty)
    }

    @Test func closedPipeIsABrokenPipe() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let file = FileDescriptor(ends[1], name: "standard output")
        let error = #expect(throws: OutputError.self) {
            try [UInt8]("row\n".utf8).withUnsafeBytes { try file.writeAll($0) }
        }
        #expect(error == .brokenPipe(path: "standard output"))
    }

    private func write(_ text: String, to output: ByteOutput) throws {
        try Array(text.utf8).withUnsafeBytes { try output.write($0) }
    }

    private func mode(of path: String) throws -> mode_t {
        var status = stat()
        try #require(stat(path, &status) == 0)
        return status.st_mode & 0o7777
    }

    private func withFileSizeLimit<T>(_ bytes: rlim_t, _ body: () -> T) -> T {
        var saved = rlimit()
        getrlimit(fileSizeResource, &saved)
        // Without this the kernel kills the process with SIGXFSZ instead of failing the write.
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        var limited = saved
        limited.rlim_cur = bytes
        setrlimit(fileSizeResource, &limited)
        defer {
            setrlimit(fileSizeResource, &saved)
            signal(SIGXFSZ, previousHandler)
        }
        return body()
    }
}

#if canImport(Glibc)
/// Glibc imports RLIMIT_FSIZE as an enum case that setrlimit does not take directly.
private let fileSizeResource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
#else
private let fileSizeResource = RLIMIT_FSIZE
#endif

/// A fresh directory under the system's temporary directory, removed with its contents.
final class TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "descent-export-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Names in the directory, hidden ones included, sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
