import Foundation
import Testing

@testable import DescentExport

/// A cast written while a session goes on: on disk event by event, UTF-8 never split.
@Suite struct AsciicastRecordingTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("descent-\(UUID().uuidString).cast").path
    }

    @Test func eventsReachTheFileAsTheyHappen() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let recording = try AsciicastRecording(path: path, environment: [("TERM", "xterm")])
        recording.begin(width: 80, height: 24)
        let glyph = Array("▀".utf8)
        recording.output(Array("ab".utf8) + glyph[..<1])
        recording.output(Array(glyph[1...]) + Array("\u{1B}[H".utf8))
        recording.resized(width: 100, height: 30)
        // Before finish: a crash now would leave these lines.
        let written = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(written.count == 4)
        let events = try written.dropFirst().map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any]) }
        #expect(events.map { $0[2] as? String } == ["ab", "▀\u{1B}[H", "100x30"])
        #expect(events.map { $0[1] as? String } == ["o", "o", "r"])
        let times = events.compactMap { $0[0] as? Double }
        #expect(times.count == 3 && times == times.sorted() && times[0] >= 0)
        let header = try #require(JSONSerialization.jsonObject(with: Data(written[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 80 && header["height"] as? Int == 24)
        #expect((header["timestamp"] as? Int).map { abs($0 - Int(Date().timeIntervalSince1970)) < 3600 } == true)
        try recording.finish()
    }

    @Test func discardRemovesTheFile() throws {
        let path = temporaryPath()
        let recording = try AsciicastRecording(path: path, environment: [])
        #expect(FileManager.default.fileExists(atPath: path))
        recording.discard()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aPathThatCannotBeCreatedFailsAtOnce() {
        #expect(throws: OutputError.cannotCreate(path: "/nonexistent-dir/a.cast", errno: ENOENT)) {
            try AsciicastRecording(path: "/nonexistent-dir/a.cast", environment: [])
        }
    }
}
