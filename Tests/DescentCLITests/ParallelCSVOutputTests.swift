import DescentTestSupport
import Foundation
import Testing

/// The CSV formatted on all cores, as the user gets it from the command line.
@Suite("Parallel CSV output")
struct ParallelCSVOutputTests {
    /// A file size limit stops the writes part-way through the first window (the header and
    /// some blocks are on disk by then): exit 74, the reason, and no file, whole or partial.
    @Test func aWriteFailingPartWayLeavesNoFile() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("out.csv").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Ignored signals stay ignored across exec: the write fails with EFBIG instead of
        // SIGXFSZ ending the process. 512 blocks are at most 512 KiB, the CSV some 20 MiB.
        process.arguments = [
            "-c", "trap '' XFSZ; ulimit -f 512; exec \"$0\" rosenbrock --headless --steps 50000 --csv \"$1\" 2>\"$2\"",
            DescentExecutable.url.path, path, dir.appendingPathComponent("stderr").path,
        ]
        try process.run()
        process.waitUntilExit()
        let stderr = try String(contentsOf: dir.appendingPathComponent("stderr"), encoding: .utf8)
        #expect(process.terminationStatus == 74, "\(stderr)")
        #expect(stderr == "descent: cannot write \(path): File too large\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["stderr"], "no file, whole or partial")
    }
}
