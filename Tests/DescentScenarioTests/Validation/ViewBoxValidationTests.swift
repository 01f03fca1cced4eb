@testable import DescentCore
import Testing
@testable import DescentScenario

/// Crash class 2 of issue 12: a scenario's view box is accepted only within what the view
/// can show (`ViewBox.isShowable`), and refused with 65's message saying what is valid.
@Suite struct ViewBoxValidationTests {
    static let xLimitMessage = "view x must lie within -1e12 ... 1e12 and be at least 1e-9 × max(1, |centre|) wide"

    @Test func theIssuesBoxesAreRefusedSayingWhatIsValid() {
        #expect(problems(minimalScenario + "\nview: {x: [-1e308, 1e308], y: [-1, 3]}\n") == [
            "test.yaml:5:11: \(Self.xLimitMessage), found [-1e308, 1e308]"
        ])
        #expect(problems(minimalScenario + "\nview: {x: [-8e307, 8e307]}\n") == [
            "test.yaml:5:11: \(Self.xLimitMessage), found [-8e307, 8e307]"
        ])
        #expect(problems(minimalScenario + "\nview: {x: [1e307, 8e307]}\n") == [
            "test.yaml:5:11: \(Self.xLimitMessage), found [1e307, 8e307]"
        ])
        #expect(problems(minimalScenario + "\nview: {y: [1, 1.0000000000001]}\n") == [
            "test.yaml:5:11: view y must lie within -1e12 ... 1e12 and be at least 1e-9 × max(1, |centre|) wide, "
                + "found [1, 1.0000000000001]"
        ])
    }

    @Test func theLimitsThemselvesAreValid() throws {
        let spec = try SimulationSpec(parsing: minimalScenario + "\nview: {x: [-1e12, 1e12], y: [0, 1e-9]}\n", file: "t.yaml")
        #expect(spec.view == ViewBox(x: -1e12...1e12, y: 0...1e-9))
        #expect(problems(minimalScenario + "\nview: {x: [-1.0000001e12, 0]}\n").count == 1)
        #expect(problems(minimalScenario + "\nview: {x: [100000000000, 100000000050]}\n").count == 1)
        #expect(problems(minimalScenario + "\nview: {x: [100000000000, 100000000200]}\n").isEmpty)
    }

    /// Random boxes: whatever validation accepts, the view can show.
    @Test func everyAcceptedBoxIsShowable() throws {
        var random = SplitMix64(seed: 5)
        let magnitudes: [Double] = [1e-12, 1e-9, 1e-3, 1, 1e3, 1e11, 1e12, 1.1e12, 1e100, 1e307, 1.7e308]
        for _ in 0..<500 {
            func bound() -> Double {
                let magnitude = magnitudes[Int(random.next() % UInt64(magnitudes.count))]
                return Double.random(in: -1...1, using: &random) * magnitude
            }
            let a = bound(), b = bound()
            let text = minimalScenario + "\nview: {x: [\(min(a, b)), \(max(a, b))], y: [-1, 3]}\n"
            do {
                let spec = try SimulationSpec(parsing: text, file: "t.yaml")
                #expect(spec.view.isShowable, "\(text)")
            } catch {
                #expect(error.lines.count == 1 && error.lines[0].contains("view x must"), "\(error.lines)")
            }
        }
    }
}
