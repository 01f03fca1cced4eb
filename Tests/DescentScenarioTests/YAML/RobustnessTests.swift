@testable import DescentCore
import Testing
@testable import DescentScenario

/// Hostile and broken input ends in diagnostics, quickly, never in a trap or a hang.
@Suite struct RobustnessTests {
    /// `count` levels of `width` aliases each: `width^count` nodes once expanded.
    private func billionLaughs(levels: Int = 9, width: Int = 9) -> String {
        var text = "a0: &a0 [lol]\n"
        for level in 1..<levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: width).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(aliases)]\n"
        }
        return text
    }

    @Test func aBillionLaughsIsRefused() {
        // Anchors count at their expanded size, so the definitions alone exceed the budget
        // (at level 4, where 9^4 nodes pass 10,000 in all).
        #expect(problems(billionLaughs() + "landscape: *a8\n") == [
            "test.yaml:5:35: the document expands to more than 10000 nodes (alias bomb?)"
        ])
    }

    @Test func aBillionLaughsAsAMappingKeyIsRefused() {
        // The whole bomb inside a key: what makes a composer that hashes keys hang.
        let inKey = "? {" + billionLaughs().split(separator: "\n").joined(separator: ", ") + "}\n: boom\n"
        #expect(problems(inKey) == [
            "test.yaml:1:218: the document expands to more than 10000 nodes (alias bomb?)"
        ])
        // A small bomb whose definitions fit, set off only by the key that uses it.
        let small = billionLaughs(levels: 4) + "? [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]\n: boom\n"
        #expect(problems(small) == [
            "test.yaml:5:29: the document expands to more than 10000 nodes (alias bomb?)"
        ])
    }

    @Test func randomBytesGiveDiagnostics() {
        var rng = SplitMix64(seed: 20240611)
        for length in [1, 7, 64, 512, 4096] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(!problems(bytes).isEmpty)
        }
    }

    @Test func randomPrintableTextGivesDiagnostics() {
        var rng = SplitMix64(seed: 7)
        let alphabet = Array("abc:-[]{},&*!|>'\"#% \n\t0123456789.")
        for _ in 0..<200 {
            let text = String((0..<Int.random(in: 0...200, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            #expect(!problems(text).isEmpty)
        }
    }

    @Test func mutatedBundledScenariosParseOrGiveDiagnostics() throws {
        var rng = SplitMix64(seed: 42)
        var outcomes = (valid: 0, invalid: 0)
        for name in BundledScenarios.names {
            let original = Array(try #require(BundledScenarios.text(named: name)).utf8)
            for _ in 0..<2000 {
                var mutated = original
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    Mutation.allCases.randomElement(using: &rng)!.apply(to: &mutated, using: &rng)
                }
                do {
                    let scenario = try SimulationSpec(parsing: mutated, file: "fuzz.yaml")
                    _ = scenario.simulationSpec()
                    outcomes.valid += 1
                } catch {
                    #expect(!error.lines.isEmpty)
                    #expect(error.lines.allSatisfy { $0.hasPrefix("fuzz.yaml") })
                    outcomes.invalid += 1
                }
            }
        }
        // Both outcomes occur, so the mutations neither always break nor never break the files.
        #expect(outcomes.valid > 0 && outcomes.invalid > 0)
    }
}

/// One random edit of a file's bytes.
private enum Mutation: CaseIterable {
    case flipByte, deleteLine, duplicateLine, swapLines, truncate, insertPunctuation

    func apply(to bytes: inout [UInt8], using rng: inout SplitMix64) {
        guard !bytes.isEmpty else { return }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let line = Int.random(in: 0..<lines.count, using: &rng)
        switch self {
        case .flipByte:
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
            return
        case .truncate:
            bytes.removeLast(Int.random(in: 1...bytes.count, using: &rng))
            return
        case .insertPunctuation:
            let punctuation = Array(":-[]{},&*!|>?'\"#%@`".utf8)
            bytes.insert(punctuation.randomElement(using: &rng)!, at: Int.random(in: 0...bytes.count, using: &rng))
            return
        case .deleteLine:
            lines.remove(at: line)
        case .duplicateLine:
            lines.insert(lines[line], at: line)
        case .swapLines:
            lines.swapAt(line, Int.random(in: 0..<lines.count, using: &rng))
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
