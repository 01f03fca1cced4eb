import DescentTestSupport
import Foundation
import Testing

/// `descent render --cast`: the run played as an asciicast v2 file, frame diffs over time.
@Suite("Render as asciicast")
struct RenderCastTests {
    private func render(_ arguments: [String]) throws -> (cast: AsciicastFile, bytes: Data) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("descent-\(UUID().uuidString).cast")
        defer { try? FileManager.default.removeItem(at: path) }
        let r = try DescentProcess.run(["render"] + arguments + ["--cast", path.path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: path)
        return (try AsciicastFile(String(decoding: bytes, as: UTF8.self)), bytes)
    }

    /// Header fields, output events only, times from 0 rising to the duration, and the first
    /// frame much larger than a later one (which holds changes only).
    @Test func structure() throws {
        let (cast, _) = try render(["rosenbrock", "--size", "100x30", "--fps", "5", "--duration", "3"])
        #expect(cast.header["version"] as? Int == 2)
        #expect(cast.header["width"] as? Int == 100 && cast.header["height"] as? Int == 30)
        #expect((cast.header["env"] as? [String: String])?["TERM"] == "xterm-256color")
        #expect(cast.isWellFormed)
        #expect(cast.events.allSatisfy { $0.code == "o" })
        let times = cast.times
        #expect(times.first == 0 && times.last == 3)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
        #expect(cast.events.count > 8 && cast.events.count <= 16, "\(cast.events.count) events for 15 frames and the first")
        #expect(cast.events[0].data.utf8.count > 10 * cast.events[8].data.utf8.count)
    }

    /// The cast's frames, played one after another, end on the screen `render --ansi` draws at
    /// the last step, in 256 colours and in 24-bit.
    @Test(arguments: [[], ["--truecolor"]])
    func lastFrameIsRenderAnsi(colors: [String]) throws {
        let (cast, _) = try render(["himmelblau-starts", "--size", "90x28", "--fps", "4", "--duration", "2"] + colors)
        var played = ANSIScreen(width: 90, height: 28)
        played.feed(cast.output)
        let ansi = try DescentProcess.run(["render", "himmelblau-starts", "--size", "90x28", "--ansi"] + colors)
        var expected = ANSIScreen(width: 90, height: 28)
        expected.feed(ansi.stdoutText)
        #expect(played == expected)
        #expect(played.description.contains("Himmelblau from four starts"))
        #expect(cast.events.last?.time == 2)
    }

    @Test func theSameBytesEveryTime() throws {
        let arguments = ["saddle-noise", "--size", "80x24", "--fps", "2", "--duration", "1.5"]
        #expect(try render(arguments).bytes == render(arguments).bytes)
    }

    /// The last event is at most the duration, also when duration × fps is not whole.
    @Test func aDurationBetweenFrames() throws {
        let (cast, _) = try render(["--size", "60x20", "--fps", "3", "--duration", "1.9"])
        // 1.9 s at 3 frames a second: frames at 0, 1/3, ... 5/3 s, in whole microseconds.
        #expect(cast.events.last?.time == 1.666666)
    }

    @Test(arguments: [
        ["--fps", "0"], ["--fps", "61"], ["--duration", "0"], ["--duration", "601"], ["--duration", "-1"], ["--duration", "nan"],
        ["--ansi"], ["--step", "5"],
    ])
    func badOptionsExit64(arguments: [String]) throws {
        let r = try DescentProcess.run(["render", "--size", "80x24", "--cast", "/tmp/descent-never.cast"] + arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(!r.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/descent-never.cast"))
    }

    @Test func fpsAndDurationNeedCast() throws {
        let r = try DescentProcess.run(["render", "--size", "80x24", "--fps", "5"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--fps and --duration go with --cast"))
    }

    @Test func anUncreatableCastExits73() throws {
        let r = try DescentProcess.run(["render", "--size", "80x24", "--cast", "/nonexistent-dir/a.cast"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("cannot create /nonexistent-dir/a.cast: No such file or directory"))
    }
}
