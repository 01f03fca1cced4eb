import DescentTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// asciicast v2 files, recorded (`descent --record`) and rendered (`descent render --cast`),
/// checked the way a user would: replayed into a terminal of their size, and read by asciinema.
@Suite("Recordings under tmux", .serialized)
struct RecordingTests {
    private let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-casts-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    private func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// A pane of the given size showing what `text` draws when written to it as asciinema play
    /// writes a cast's output: to a terminal in raw mode, a newline not turned into CR LF.
    private func replay(_ text: String, width: Int, height: Int) throws -> TmuxPane {
        let output = file("replay-\(UUID().uuidString)")
        try Data(text.utf8).write(to: output)
        let marker = file("replayed-\(UUID().uuidString)")
        let pane = try TmuxPane(
            command: "stty -opost; cat \(TmuxPane.shellQuoted(output.path)); touch \(TmuxPane.shellQuoted(marker.path)); exec sleep 600",
            width: width, height: height)
        try pane.wait(for: "the replay to end") { _ in FileManager.default.fileExists(atPath: marker.path) }
        return pane
    }

    /// `asciinema cat FILE` (which wants a terminal) in a pane: its exit status and what it printed.
    private func asciinemaCat(_ cast: URL) throws -> (status: Int, output: Data) {
        let printed = file("asciinema-\(UUID().uuidString)")
        let q = TmuxPane.shellQuoted
        let pane = try TmuxPane(
            command: "asciinema cat \(q(cast.path)) > \(q(printed.path)) 2>&1; echo EXIT=$?; exec sleep 600", width: 80, height: 24)
        let screen = try pane.wait(forText: "EXIT=")
        let status = screen.firstMatch(of: /EXIT=(\d+)/).flatMap { Int($0.1) } ?? -1
        return (status, (try? Data(contentsOf: printed)) ?? Data())
    }

    /// Record a session with keys and a resize, quit with q: the cast has the pane's size, its
    /// output and the resize, replays to the screen the session ended on, and asciinema reads it.
    @Test func recordedSessionReplaysToItsLastScreen() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let (recording, last, lastColors) = try record(environment: [:], resizingTo: (110, 32))
        #expect(recording.header["width"] as? Int == 100 && recording.header["height"] as? Int == 30)
        #expect((recording.header["env"] as? [String: String])?["TERM"] == "tmux-256color")
        #expect((recording.header["timestamp"] as? Int).map { $0 > 1_600_000_000 } == true)
        #expect(recording.events.filter { $0.code == "o" }.count > 3)
        #expect(recording.events.contains { $0.code == "r" && $0.data == "110x32" })
        let replayed = try replay(recording.output, width: 110, height: 32)
        #expect(try replayed.capture() == last)
        #expect(try replayed.capture(colors: true) == lastColors)
    }

    /// In 24-bit colour the frame is descent's own escapes, written after curses' output: they
    /// are recorded too.
    @Test func recordedTruecolorSessionReplaysToItsLastScreen() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let (recording, last, lastColors) = try record(environment: ["COLORTERM": "truecolor"], resizingTo: nil)
        #expect(recording.output.contains(";48;2;"))
        let replayed = try replay(recording.output, width: 100, height: 30)
        #expect(try replayed.capture() == last)
        #expect(try replayed.capture(colors: true) == lastColors)
    }

    /// A session in a 100 × 30 pane, resized if asked, paused, the view panned, then quit: its
    /// cast (well-formed, read by asciinema) and the last screen, as text and with colours.
    private func record(environment: [String: String], resizingTo size: (width: Int, height: Int)?) throws
        -> (recording: AsciicastFile, last: String, lastColors: String)
    {
        let cast = file("session.cast")
        let pane = try TmuxPane(
            descent: ["rosenbrock", "--record", cast.path], width: 100, height: 30, environment: environment)
        try pane.wait(forText: "? help")
        if let size {
            try pane.resize(width: size.width, height: size.height)
            try pane.wait(for: "a \(size.width) × \(size.height) frame") { Screen($0).showsFrame(width: size.width, height: size.height) }
        }
        try pane.press("Space")
        let paused = try pane.wait(forText: "⏸ paused")
        try pane.press("Right")
        // Paused, nothing is drawn after the panned frame: the same screen twice running is all of it.
        var previous = paused
        let last = try pane.wait(for: "the panned frame, whole") { screen in
            defer { previous = screen }
            return screen != paused && screen == previous
        }
        let lastColors = try pane.capture(colors: true)
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        let recording = try AsciicastFile(contentsOf: cast)
        #expect(recording.isWellFormed)
        #expect(try asciinemaCat(cast).status == 0)
        return (recording, last, lastColors)
    }

    /// SIGTERM ends the session; the cast holds everything up to then and still plays.
    @Test func aTerminatedSessionLeavesAPlayableCast() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let cast = file("terminated.cast")
        let pane = try TmuxPane(descent: ["rosenbrock", "--record", cast.path], width: 100, height: 30)
        try pane.wait(forText: "? help")
        kill(try pane.commandProcessID(), SIGTERM)
        #expect(try pane.waitForExit() == 128 + Int(SIGTERM))
        let recording = try AsciicastFile(contentsOf: cast)
        #expect(recording.isWellFormed && recording.events.contains { $0.code == "o" })
        #expect(try asciinemaCat(cast).status == 0)
    }

    /// A recording that cannot be created stops descent before it touches the terminal.
    @Test func anUncreatableRecordingExits73() throws {
        let pane = try TmuxPane(descent: ["--record", "/nonexistent-dir/a.cast"], width: 100, height: 30)
        let screen = try pane.waitForEnd()
        #expect(screen.text.contains("cannot create /nonexistent-dir/a.cast: No such file or directory"))
        #expect(try pane.waitForExit() == 73)
        #expect(screen.terminalModes.contains("icanon"), "the terminal as it was")
    }

    /// A rendered cast, replayed in a pane of its size, shows what `render --ansi` shows at the
    /// last step, colours and all; asciinema reads it and prints exactly its output.
    @Test func renderedCastDecodesToTheLastFrame() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let cast = file("rendered.cast")
        let q = TmuxPane.shellQuoted, descent = q(DescentExecutable.url.path)
        let rendered = try TmuxPane(
            command: "\(descent) render himmelblau-starts --size 96x30 --fps 5 --duration 2 --cast \(q(cast.path)); echo EXIT=$?; exec sleep 600",
            width: 80, height: 24)
        #expect(try Screen(rendered.wait(forText: "EXIT=")).text.contains("EXIT=0"))
        let animation = try AsciicastFile(contentsOf: cast)
        #expect(animation.isWellFormed && animation.times.last == 2)

        let frame = file("frame.txt")
        let still = try TmuxPane(
            command: "\(descent) render himmelblau-starts --size 96x30 --ansi > \(q(frame.path)); echo EXIT=$?; exec sleep 600",
            width: 80, height: 24)
        try still.wait(forText: "EXIT=0")
        // The --ansi text ends each row with a newline (to a raw terminal: CR LF); the last
        // one would scroll the top row away.
        var ansi = try String(contentsOf: frame, encoding: .utf8)
        ansi.removeLast()
        let expected = try replay(ansi.replacingOccurrences(of: "\n", with: "\r\n"), width: 96, height: 30)
        let played = try replay(animation.output, width: 96, height: 30)
        #expect(try played.capture() == expected.capture())
        #expect(try played.capture(colors: true) == expected.capture(colors: true))

        let printed = try asciinemaCat(cast)
        #expect(printed.status == 0)
        #expect(String(decoding: printed.output, as: UTF8.self) == animation.output)
    }
}
