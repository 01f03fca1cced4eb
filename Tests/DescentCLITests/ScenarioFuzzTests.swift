import Foundation
import Testing

/// Seeded mutations of the bundled scenarios, run through the executable: every one must end
/// with 0 or 65, never a crash or a hang.
@Suite("Scenario fuzz through the executable")
struct ScenarioFuzzTests {
    static let scenarios = ["rosenbrock", "himmelblau-starts", "schedules", "pytorch-vs-sutskever"]

    @Test(arguments: scenarios)
    func mutationsEndWith0Or65(scenario: String) throws {
        let dir = try temporaryDirectory()
        let original = try bundledText(scenario, into: dir)
        var rng = SeededBytes(seed: UInt64(scenario.utf8.count) &* 7919)
        for i in 0..<25 {
            let file = dir.appendingPathComponent("m\(i).yaml")
            try Data(rng.mutate(Array(original.utf8))).write(to: file)
            let r = try DescentProcess.run([file.path, "--headless", "--steps", "20"], deadline: 60)
            #expect(r.status == 0 || r.status == 65, "mutation \(i) of \(scenario) ended with \(r.status): \(r.stderr)")
            if r.status == 65 { #expect(r.stderr.contains(file.path)) }
        }
    }

    private func bundledText(_ name: String, into dir: URL) throws -> String {
        // The repository's scenarios folder, found from this source file.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("scenarios/\(name).yaml"), encoding: .utf8)
    }
}

/// A tiny seeded generator and the mutations it applies (flips, deletions, duplications, inserts).
struct SeededBytes {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }

    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        let punctuation = Array(":-[]{},&*!|>'\"#\t\n 0.e9".utf8)
        for _ in 0...next(4) {
            guard !b.isEmpty else { break }
            let at = next(b.count)
            switch next(5) {
            case 0: b[at] ^= UInt8(1 << next(8))
            case 1: b.remove(at: at)
            case 2: b.insert(punctuation[next(punctuation.count)], at: at)
            case 3:
                let lines = b.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                let line = lines[next(lines.count)]
                b.insert(contentsOf: Array(line) + [UInt8(ascii: "\n")], at: at)
            default: b.removeSubrange(at..<b.count)
            }
        }
        return b
    }
}
