import DescentScenario
import Dispatch
import Foundation
import Testing

@testable import DescentTUI

/// The TUI's budgets (DESIGN.md), measured and printed, never asserted: timings belong in a
/// benchmark, not in a test that fails on a busy machine. Run them in a release build:
/// `DESCENT_MEASURE=1 swift test -c release --filter PerformanceMeasurements`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DESCENT_MEASURE"] == "1"), .serialized)
struct PerformanceMeasurements {
    /// Median wall time of `body` over `runs` runs, in milliseconds.
    func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[runs / 2]
    }

    func report(_ what: String, _ milliseconds: Double) {
        print("measure: \(what): \(String(format: "%.3f", milliseconds)) ms")
    }

    @Test func firstFrame() {
        let scenario = Fixtures.scenario()
        report("first frame 200×60 (simulate, lay out, heatmap, view)", median(5) {
            var app = DescentApp(scenario: scenario)
            _ = app.update(.resize(width: 200, height: 60))
            _ = app.view(width: 200, height: 60, capabilities: .full)
        })
    }

    @Test func viewOfALargeFrame() {
        var app = Fixtures.app(width: 200, height: 60)
        for step in [0, 1500, 3000] {
            app.seek(toStep: step)
            report("view 200×60, rosenbrock at step \(step) (median of 300)", median(300) {
                _ = app.view(width: 200, height: 60, capabilities: .full)
            })
        }
        var long = Fixtures.app(width: 200, height: 60, steps: 1_000_000)
        long.seek(toStep: 1_000_000)
        report("view 200×60, 3 runs × 1,000,000 steps at the end (median of 100)", median(100) {
            _ = long.view(width: 200, height: 60, capabilities: .full)
        })
        // Thousands of undone steps to mark and a saw-tooth lr in every chart column.
        var bold = Fixtures.app("bold-driver", width: 200, height: 60, steps: 1_000_000)
        bold.seek(toStep: 1_000_000)
        report("view 200×60, bold driver 2 runs × 1,000,000 steps at the end (median of 100)", median(100) {
            _ = bold.view(width: 200, height: 60, capabilities: .full)
        })
    }

    /// Pairs of keys that undo each other, so that every press re-simulates a run that lasts
    /// all 100,000 steps (repeating one key would soon make the run diverge early).
    @Test(arguments: [("lr ×1.5 / ÷1.5", "Ee"), ("noise on / off", "nn"), ("momentum +0.05 / −0.05", "Mm")])
    func resimulationAfterAKey(_ name: String, _ keys: String) {
        var app = Fixtures.app(width: 200, height: 60, steps: 100_000)
        app.type("2")
        let pair = Array(keys)
        var index = 0
        report("re-simulate 100,000 steps after \(name) (median of 40)", median(40) {
            app.type(String(pair[index % 2]))
            index += 1
        })
    }

    @Test func heatmapAfterAPan() {
        var app = Fixtures.app(width: 200, height: 60)
        var index = 0
        report("heatmap 152×116 pixels after a pan (median of 50)", median(50) {
            app.type(index % 2 == 0 ? "l" : "h")
            index += 1
        })
    }
}
