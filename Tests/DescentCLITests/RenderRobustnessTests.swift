@testable import DescentCore
import Foundation
import Testing

/// Issue 12 through the real executable: extreme view boxes (crash class 2) and hostile text
/// (defect 14) in `descent render` and the headless summary.
@Suite("Render robustness")
struct RenderRobustnessTests {
    func scenario(_ body: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-render-\(UUID().uuidString).yaml")
        try ("landscape: rosenbrock\nsteps: 50\nruns: [{optimizer: sgd}, {optimizer: nesterov, momentum: 0.9}]\n" + body)
            .write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The boxes, and random ones: 0 with a whole frame, or 65 saying what is valid; never a crash.
    @Test func extremeViewBoxes() throws {
        let boxes = [
            ("{x: [-1e308, 1e308], y: [-1, 3]}", "100x30"), ("{x: [-8e307, 8e307]}", "60x200"), ("{x: [1e307, 8e307]}", "100x30"),
            ("{x: [-1e12, 1e12], y: [1e11, 100000000200]}", "60x200"), ("{x: [0, 1e-9], y: [-1e12, -999999999999]}", "300x16"),
            ("{x: [5e-324, 1e-323]}", "80x24"), ("{y: [-1.7976931348623157e308, 1.7976931348623157e308]}", "80x24"),
        ]
        for (box, size) in boxes {
            let file = try scenario("view: \(box)\n")
            defer { try? FileManager.default.removeItem(at: file) }
            let r = try DescentProcess.run(["render", file.path, "--size", size])
            #expect(r.status == 0 || r.status == 65, "\(box): \(r.status) \(r.stderr)")
            if r.status == 65 {
                #expect(r.stderr.contains(":4:") && r.stderr.contains("must lie within -1e12 ... 1e12"), "\(r.stderr)")
            } else {
                #expect(r.lines.count == Int(size.split(separator: "x")[1])!, "\(box)")
            }
        }
    }

    @Test func hostileNamesAndLabels() throws {
        let labelled = FileManager.default.temporaryDirectory.appendingPathComponent("descent-render-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: labelled) }
        try """
            name: "\\e[2J\\e[H\\0\\t\\N 漢字 😀"
            landscape: rosenbrock
            steps: 50
            runs:
              - {optimizer: sgd, label: "a\\nb\\rc"}
              - {optimizer: sgd, label: "漢字ラベル😀🚀"}
              - {optimizer: sgd, label: "nul\\0tab\\tnel\\N"}
            """.write(to: labelled, atomically: true, encoding: .utf8)
        let r = try DescentProcess.run(["render", labelled.path, "--size", "120x40"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 40)
        #expect(r.lines.allSatisfy { DisplayText.columns(String($0)) <= 120 })
        #expect(!r.stdoutText.unicodeScalars.contains { $0 != "\n" && DisplayText.isControl($0) })
        let ansi = try DescentProcess.run(["render", labelled.path, "--size", "120x40", "--ansi"])
        let visible = ansi.stdoutText.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        let lines = visible.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 40)
        #expect(lines.allSatisfy { DisplayText.columns(String($0)) == 120 })
        #expect(!visible.contains("\u{1B}"))
        let headless = try DescentProcess.run([labelled.path, "--headless"])
        #expect(headless.status == 0)
        #expect(!headless.stderr.contains("\u{1B}"), "\(headless.stderr)")
        #expect(headless.stderr.contains("a\\nb\\rc"))
    }

    @Test func diagnosticsShowUserTextEscaped() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad\u{1B}[2J.yaml")
        try "landscape: rosenbrock\nsteps: 0\nruns: [{optimizer: sgd}]\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try DescentProcess.run([file.path, "--headless"])
        #expect(r.status == 65)
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(r.stderr.contains("bad\\u{1B}[2J.yaml:2:8: steps must be"))
    }
}
