import DescentScenario
import DescentTUI
import Foundation

// In-process timings of the interactive view (release build): the first frame, `view` of a
// 200×60 frame while playing, and re-simulating 100,000 steps after a key. Prints medians;
// bench/tui.py runs it after measuring the real binary under tmux.

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ count: Int, _ body: () -> Void) -> Double {
    let samples = (0..<count).map { _ in seconds(body) }.sorted()
    return samples[count / 2]
}

func milliseconds(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }

let scenario = try ScenarioSource.bundled(name: BundledScenarios.defaultName).load()
let capabilities = TerminalCapabilities(colors: .indexed256, unicode: true)

let firstFrame = median(20) {
    var app = DescentApp(scenario: scenario)
    _ = app.update(.resize(width: 200, height: 60))
    _ = app.view(width: 200, height: 60, capabilities: capabilities)
}
print("first frame (load the scenario, simulate its runs, lay out, view 200x60): \(milliseconds(firstFrame))  (budget 200 ms)")

var playing = DescentApp(scenario: scenario)
_ = playing.update(.resize(width: 200, height: 60))
var frames = 0
let view = median(500) {
    _ = playing.update(.tick(seconds: 1.0 / 30))
    _ = playing.view(width: 200, height: 60, capabilities: capabilities)
    frames += 1
}
print("tick + view of a 200x60 frame while playing (median of \(frames)): \(milliseconds(view))  (budget 2 ms)")

var long = DescentApp(scenario: scenario, steps: 100_000)
_ = long.update(.resize(width: 200, height: 60))
var raise = true
let resimulation = median(21) {
    _ = long.update(.key(.character(raise ? "E" : "e")))
    raise.toggle()
}
print("re-simulate a 100,000-step run after a key (lr ×/÷ 1.5): \(milliseconds(resimulation))  (budget: one frame, 33 ms)")
