import DescentCore
import DescentScenario
import Foundation
import Testing

/// `w` in a real terminal: the status line names the file, which is in the working directory
/// and loads with the edit in it.
extension InteractiveTests {
    @Test func wSavesTheEditedRunsWhereDescentRuns() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-w-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pane = try TmuxPane(descent: ["rosenbrock"], width: 120, height: 40, directory: directory)
        try pane.wait(forText: "Rosenbrock valley")
        try pane.press("E")
        try pane.wait(forText: "lr 0.001 → 0.0015")
        try pane.press("w")
        let screen = try pane.wait(forText: ".yaml")
        let saved = try #require(
            screen.firstMatch(of: /saved (descent-\d{8}-\d{6}\.yaml)/).map { String($0.1) }, "\(screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [saved])
        let text = try String(contentsOf: directory.appendingPathComponent(saved), encoding: .utf8)
        let spec = try SimulationSpec(parsing: text, file: saved)
        #expect(spec.runs[0].lr == 0.001 * 1.5 && spec.runs[1].lr == 0.001)
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }
}
