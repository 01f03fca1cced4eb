import Foundation
import Testing

/// `P` and `B` with the built executable: map, pick, and the new path on the landscape.
extension InteractiveTests {
    private func startMap(_ scenario: String, keys: String...) throws -> TmuxPane {
        let pane = try TmuxPane(descent: [scenario], width: 120, height: 40)
        try pane.wait(forText: "? help")
        try pane.press("Space")
        try pane.wait(forText: "⏸ paused")
        for key in keys { try pane.press(key) }
        return pane
    }

    /// The status line once the map has filled in: no progress bar left.
    private func filledMap(_ pane: TmuxPane, _ title: String) throws -> Screen {
        Screen(try pane.wait(for: "\(title) filled in") { $0.contains(title) && !$0.contains("mapping") })
    }

    /// The status line that names `title`.
    private func statusLine(_ screen: String, _ title: String) -> String? {
        Screen(screen).lines.first { $0.contains(title) }
    }

    @Test func parameterMapPickTakesTheCellsLrAndMomentum() throws {
        let pane = try startMap("ill-conditioned", keys: "2", "P")
        var status = try #require(statusLine(try filledMap(pane, "lr,μ map").text, "lr,μ map"))
        // One key at a time, each seen in the status line before the next.
        for key in ["Left", "Left", "Down"] {
            let before = status
            try pane.press(key)
            status = try #require(statusLine(try pane.wait(for: "the cursor moved") { statusLine($0, "lr,μ map").map { $0 != before } == true }, "lr,μ map"))
        }
        let match = try #require(status.firstMatch(of: /lr ([0-9.e-]+) · μ ([0-9.e-]+)/))
        let (lr, momentum) = (String(match.1), String(match.2))
        try pane.press("Enter")
        try pane.wait(forText: "heavy-ball: μ 0.669 → \(momentum), lr 3.31 → \(lr)")
        let landscape = Screen(try pane.wait(for: "the landscape again") { !$0.contains("lr,μ map") && $0.contains("▀") })
        #expect(landscape.lines.contains { $0.contains("lr \(lr)  μ \(momentum)") }, "\(landscape.text)")
    }

    @Test func basinMapClickStartsTheRunThereAndEscReturnsUnchanged() throws {
        let pane = try startMap("himmelblau-starts", keys: "B")
        _ = try filledMap(pane, "basin map")
        try pane.press("Escape")
        try pane.wait(for: "the landscape, unchanged") { !$0.contains("basin map") && $0.contains("▀") }
        try pane.press("B")
        _ = try filledMap(pane, "basin map")
        try pane.click(x: 20, y: 10)
        try pane.wait(forText: "north-east: start (1, 1) → (")
        try pane.wait(for: "the landscape again") { !$0.contains("basin map") && $0.contains("▀") }
    }
}
