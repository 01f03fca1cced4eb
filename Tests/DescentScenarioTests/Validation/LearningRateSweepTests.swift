@testable import DescentCore
import DescentTestSupport
import Foundation
import Testing
@testable import DescentScenario

/// Every step's lr is finite and not negative: a schedule or controller either refuses its
/// parameters with a positioned problem, or gives such an lr at every row, or ends the run as
/// diverged at the row whose lr is not finite, saying so (`lr_not_finite`).
@Suite struct LearningRateSweepTests {
    @Test(arguments: [
        ("{name: cosine, t_max: 1, eta_min: 1.7e308}", "eta_min must be in [0, 1e300], found 1.7e308"),
        ("{name: one_cycle, div_factor: 5e-324}", "div_factor must be >= 1, found 5e-324"),
        ("{name: inverse_time, decay_steps: 5e-324, decay_rate: 0, staircase: true}", "decay_steps must be >= 1, found 5e-324"),
    ])
    func parametersThatBreakTheLrAreRefused(schedule: String, problem: String) {
        let text = "landscape: quadratic\nsteps: 10\nruns:\n  - {optimizer: sgd, schedule: \(schedule)}\n"
        #expect(problems(text).map { $0.split(separator: ": ", maxSplits: 1).last.map(String.init) ?? $0 } == [problem])
    }

    /// Values a hostile scenario would try, per parameter kind.
    private static let extremeNumbers = ["5e-324", "-5e-324", "1.7e308", "-1.7e308", "0", "1", "0.5", "2", "1e300", "1e-300"]
    private static let extremeIntegers = ["0", "1", "2", "1000000000", "9223372036854775807", "99999999999999999999", "-1"]

    private static func extreme(_ kind: ParameterKind, _ rng: inout SplitMix64) -> String {
        switch kind {
        case .number:
            if Bool.random(using: &rng) { return extremeNumbers.randomElement(using: &rng)! }
            let magnitude = Double.random(in: -320...308, using: &rng)
            return String((Bool.random(using: &rng) ? 1 : -1) * pow(10, magnitude))
        case .integer: return extremeIntegers.randomElement(using: &rng)!
        case .integers: return "[\(extremeIntegers.randomElement(using: &rng)!), \(extremeIntegers.randomElement(using: &rng)!)]"
        case .boolean: return Bool.random(using: &rng) ? "true" : "false"
        case .pair: return "[\(extremeNumbers.randomElement(using: &rng)!), 1]"
        case .word(let words): return words.randomElement(using: &rng)!
        }
    }

    @Test func everyScheduleAndControllerKeepsTheLrFiniteOrSaysWhy() throws {
        var rng = SplitMix64(seed: 12)
        var refused = 0, ran = 0, endedByLr = 0
        for entry in StepSizeRule.entries {
            for _ in 0..<60 {
                let given = entry.parameters.filter { _ in Bool.random(using: &rng) }
                    .map { "\($0.name): \(Self.extreme($0.kind, &rng))" }
                let warmup = Int.random(in: 0..<4, using: &rng) == 0 && entry.name != "plateau"
                    ? ", warmup: {steps: \(Self.extremeIntegers.randomElement(using: &rng)!), start_factor: 0.5}" : ""
                let lr = Self.extremeNumbers.randomElement(using: &rng)!
                let text = """
                    landscape: quadratic
                    steps: \(Int.random(in: 1...40, using: &rng))
                    runs:
                      - {optimizer: momentum, lr: \(lr), schedule: {name: \(entry.name)\(given.map { ", " + $0 }.joined())}\(warmup)}
                    """
                guard let scenario = try? SimulationSpec(parsing: text, file: "sweep.yaml") else {
                    #expect(!problems(text, file: "sweep.yaml").isEmpty)
                    refused += 1
                    continue
                }
                ran += 1
                let sink = try simulate(scenario)
                let rows = sink.samples, last = try #require(rows.last)
                // Polyak's sps steps backwards below f* by design (optax); sps+ clips it at 0.
                let mayGoNegative = entry.name == "polyak" && !text.contains("sps+")
                for row in rows.dropLast() {
                    #expect(row.lr.isFinite, "\(text)")
                    #expect(row.lr >= 0 || mayGoNegative, "\(text)")
                }
                if !last.lr.isFinite {
                    #expect(last.status == .diverged, "\(text)")
                    if last.loss.isFinite && last.gradient.isFinite {
                        #expect(last.event.lrNotFinite, "\(text)")
                        endedByLr += 1
                    }
                } else {
                    #expect(last.lr >= 0 || mayGoNegative, "\(text)")
                }
            }
        }
        // The sweep reached all three outcomes.
        #expect(refused > 0 && ran > 0 && endedByLr > 0)
    }
}
