import Foundation
import Testing

@testable import DescentExport

/// What a path reaches for writing: links followed, kinds told apart, permissions respected.
@Suite struct FileDestinationTests {
    @Test func aNewOrExistingRegularFile() throws {
        let directory = try TemporaryDirectory()
        #expect(try FileDestination.resolve(directory.path + "/new.csv") == .regularFile(path: directory.path + "/new.csv", mode: nil))
        try "x".write(toFile: directory.path + "/old.csv", atomically: false, encoding: .utf8)
        chmod(directory.path + "/old.csv", 0o640)
        #expect(try FileDestination.resolve(directory.path + "/old.csv") == .regularFile(path: directory.path + "/old.csv", mode: 0o640))
    }

    /// Relative links are taken from the link's own directory, through a chain of them.
    @Test func linksAreFollowedToTheirTarget() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/a/b", withIntermediateDirectories: true)
        try "x".write(toFile: directory.path + "/a/b/real.csv", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/a/middle.csv", withDestinationPath: "b/real.csv")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/first.csv", withDestinationPath: "a/middle.csv")
        let destination = try FileDestination.resolve(directory.path + "/first.csv")
        guard case .regularFile(let path, _) = destination else { Issue.record("\(destination)"); return }
        #expect(path == directory.path + "/a/b/real.csv")
    }

    @Test func aDanglingLinkNamesTheFileToCreate() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/link.csv", withDestinationPath: "/nonexistent-descent-dir/x.csv")
        #expect(try FileDestination.resolve(directory.path + "/link.csv") == .regularFile(path: "/nonexistent-descent-dir/x.csv", mode: nil))
    }

    @Test func aLinkLoopOrADirectoryCannotBeCreated() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/b", withDestinationPath: "a")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/dir", withDestinationPath: ".")
        #expect(throws: OutputError.cannotCreate(path: directory.path + "/a", errno: ELOOP)) {
            try FileDestination.resolve(directory.path + "/a")
        }
        #expect(throws: OutputError.cannotCreate(path: directory.path + "/dir", errno: EISDIR)) {
            try FileDestination.resolve(directory.path + "/dir")
        }
    }

    /// Defect 8, checked by the mode bits as well as access(2), so that it holds for root too.
    @Test func aFileWithoutWritePermissionIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/locked.csv"
        try "keep".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o444)
        #expect(throws: OutputError.cannotCreate(path: path, errno: EACCES)) { try FileDestination.resolve(path) }
        #expect(throws: OutputError.self) { try AtomicFileOutput(path: path) }
        #expect(try directory.entries() == ["locked.csv"])
    }

    @Test func specialFilesAreWrittenAsTheyAre() throws {
        let directory = try TemporaryDirectory()
        try #require(mkfifo(directory.path + "/fifo", 0o600) == 0)
        #expect(try FileDestination.resolve(directory.path + "/fifo") == .device(path: directory.path + "/fifo"))
        #expect(try FileDestination.resolve("/dev/null") == .device(path: "/dev/null"))
    }

    #if os(Linux)
    @Test func namesOfOurOwnDescriptorsAreThoseDescriptors() throws {
        #expect(try FileDestination.resolve("/dev/stdout") == .openDescriptor(1))
        #expect(try FileDestination.resolve("/dev/fd/2") == .openDescriptor(2))
        #expect(try FileDestination.resolve("/proc/self/fd/2") == .openDescriptor(2))
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/err", withDestinationPath: "/dev/stderr")
        #expect(try FileDestination.resolve(directory.path + "/err") == .openDescriptor(2))
    }
    #endif

    /// The temporary file lies beside the link's target, not the link, and a signal would remove
    /// it until the output is finished or discarded.
    @Test func theTemporaryFileLiesBesideTheTargetAndIsRemovedBySignals() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/data", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/link.csv", withDestinationPath: "data/real.csv")
        for finishing in [true, false] {
            let output = try AtomicFileOutput(path: directory.path + "/link.csv")
            let temporary = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/data")
                .filter { $0.hasPrefix(".real.csv.") }
            #expect(temporary.count == 1)
            let temporaryPath = directory.path + "/data/" + (temporary.first ?? "")
            #expect(SignalCleanup.registeredPaths.contains(temporaryPath))
            if finishing { try output.finish() } else { output.discard() }
            #expect(!SignalCleanup.registeredPaths.contains(temporaryPath))
            #expect(!FileManager.default.fileExists(atPath: temporaryPath))
        }
        #expect(try directory.entries() == ["data", "link.csv"])
    }
}
