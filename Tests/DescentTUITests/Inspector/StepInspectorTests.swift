import DescentTestSupport
import Foundation
import Testing

@testable import DescentCore
@testable import DescentTUI

/// The inspector shows a step's own numbers: those `--every 1` writes for it, and the update
/// to the next step's position.
@Suite struct StepInspectorTests {
    private static func drawn(
        _ scenario: String, run index: Int, step: Int, width: Int = 90, height: Int = 24, point: (x: Int, y: Int)? = nil
    ) -> (text: String, every: [Sample], inspection: StepInspection) {
        let spec = Fixtures.scenario(scenario)
        let sink = CollectingSink()
        _ = try! Simulator(spec: spec, every: 1).run(index, into: sink)
        let inspection = Simulator(spec: spec).resumableRun(index).inspection(atStep: step)!
        let run = ShownRun(
            index: index, spec: spec.runs[index], trajectory: Trajectory(stride: 1), sample: 0, visible: true, selected: true,
            showsIndicators: false)
        var painter = Painter(width: width, height: height, capabilities: .full)
        StepInspector(
            run: run, step: step, inspection: inspection, minimumLoss: spec.landscape.minimumValue,
            plot: Rect(x: 0, y: 0, width: width, height: height), point: point
        ).draw(&painter)
        if ProcessInfo.processInfo.environment["PEEK"] != nil { print(FrameText.plain(painter.grid)) }
        return (FrameText.plain(painter.grid), sink.samples(ofRun: index), inspection)
    }

    @Test func nesterovShowsItsStepExactly() {
        let (text, every, inspection) = Self.drawn("rosenbrock", run: 2, step: 812)
        let row = every[812], next = every[813]
        #expect(inspection.sample == row)
        #expect(inspection.update == next.position - row.position)
        for value in [row.position.x, row.position.y, row.gradient.x, row.gradient.y, row.loss, row.lr] {
            #expect(text.contains(value.description), "\(value) not in\n\(text)")
        }
        #expect(text.contains("step 812"))
        #expect(text.contains("momentum_buffer"))
        #expect(text.contains("evals  "))
    }

    @Test func adamShowsItsMomentsAndBiasCorrections() {
        let spec = Fixtures.scenario("adam-vs-nesterov")
        let index = spec.runs.firstIndex { $0.optimizer.name == "adam" }!
        let (text, _, inspection) = Self.drawn("adam-vs-nesterov", run: index, step: 40)
        for name in ["exp_avg", "exp_avg_sq", "m_hat", "v_hat"] { #expect(text.contains(name), "\(name)") }
        let mHat = inspection.optimizerState.first { $0.name == "m_hat" }!.value
        #expect(text.contains(mHat.x.description))
    }

    /// The last step has no update to show, and says so rather than showing zeros.
    @Test func theLastStepHasNoUpdate() {
        let spec = Fixtures.scenario("rosenbrock")
        let (text, _, inspection) = Self.drawn("rosenbrock", run: 0, step: spec.steps)
        #expect(inspection.update == nil)
        #expect(text.contains("none: the run ends here"))
    }

    /// The box keeps out of the way of the run's current point, and within the plot.
    @Test func theBoxAvoidsThePoint() {
        let left = Self.drawn("rosenbrock", run: 0, step: 10, width: 120).text
        let right = Self.drawn("rosenbrock", run: 0, step: 10, width: 120, point: (2, 3)).text
        #expect(left.split(separator: "\n")[0].hasPrefix("┌"))
        #expect(right.split(separator: "\n")[0].hasSuffix("┐"))
    }

    /// Narrow plots keep every row, with as many digits as fit.
    @Test func aNarrowPlotRoundsButKeepsEveryRow() {
        let (text, every, _) = Self.drawn("rosenbrock", run: 1, step: 300, width: 36, height: 18)
        for label in ["x, y", "∇f", "Δx", "momentum_buffer", "f − f*", "|∇f|", "lr", "evals", "event"] {
            #expect(text.contains(label), "\(label) missing:\n\(text)")
        }
        #expect(!text.contains(every[300].position.x.description))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 36 })
    }
}
