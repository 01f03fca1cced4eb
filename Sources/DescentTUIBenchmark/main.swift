import DescentCore
import DescentScenario
import DescentTUI
import Foundation

// In-process timings of the interactive view (release build): the first frame and the answer
// to a key at 1e3, 1e6 and 1e8 steps (simulation goes on in the background, so neither waits
// for it), `view` of a 200×60 frame, re-simulating a 100,000-step run to its end after a key,
// and the heatmap after a pan.
// Prints medians, asserts nothing; bench/tui.py runs it after measuring the real binary
// under tmux.

let capabilities = TerminalCapabilities(colors: .indexed256, unicode: true)

func median(_ runs: Int, _ body: () -> Void) -> Double {
    let samples = (0..<runs).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    return samples.sorted()[runs / 2]
}

func report(_ what: String, _ milliseconds: Double, budget: String = "") {
    print("\(what): \(String(format: "%.2f", milliseconds)) ms" + (budget.isEmpty ? "" : "  (budget \(budget))"))
}

func scenario(_ name: String = BundledScenarios.defaultName, steps: Int? = nil) throws -> SimulationSpec {
    var spec = try ScenarioSource.bundled(name: name).load()
    if let steps { spec.steps = steps }
    return spec
}

/// The bundled scenario `name` as the app opens it in a 200×60 terminal, simulated to the end.
func app(_ name: String = BundledScenarios.defaultName, steps: Int? = nil) throws -> DescentApp {
    var app = DescentApp(spec: try scenario(name, steps: steps))
    app.updateFinishingWork(.resize(width: 200, height: 60))
    return app
}

/// Keys with the work they ask for finished: what a user sees once the simulation is done.
func type(_ keys: String, into app: inout DescentApp) {
    for key in keys { app.updateFinishingWork(.key(.character(key))) }
}

for steps in [1_000, 1_000_000, 100_000_000] {
    let spec = try scenario(steps: steps)
    report("first frame 200x60 at \(steps) steps (simulate a slice, lay out, heatmap, view)", median(21) {
        var app = DescentApp(spec: spec)
        _ = app.update(.resize(width: 200, height: 60))
        _ = app.view(width: 200, height: 60, capabilities: capabilities)
    }, budget: "100 ms")
    // The answer to a key as the event loop gives it: update (its slice of simulation, the
    // exact step at the playhead), then the frame; the rest of the work goes to the background.
    var started = DescentApp(spec: spec)
    _ = started.update(.resize(width: 200, height: 60))
    _ = started.update(.key(" "))
    // Far from the start's checkpoint, so that `.` and `,` compute the most steps again (each
    // run from its nearest checkpoint at or before the step).
    started.seek(toStep: min(steps / 2, 60_000))
    for (name, keys) in [("lr x1.5 / /1.5", "Ee"), (". / , (one exact step)", ".,")] {
        var index = 0
        let pair = Array(keys)
        report("key \(name) at \(steps) steps, update + view (median of 41)", median(41) {
            _ = started.update(.key(.character(pair[index % 2])))
            _ = started.view(width: 200, height: 60, capabilities: capabilities)
            index += 1
        }, budget: "one frame, 33 ms")
    }
}

var playing = try app()
for step in [0, 1500, 3000] {
    playing.seek(toStep: step)
    report("view 200x60, rosenbrock at step \(step) (median of 301)", median(301) {
        _ = playing.view(width: 200, height: 60, capabilities: capabilities)
    }, budget: "2 ms")
}
var long = try app(steps: 1_000_000)
long.seek(toStep: 1_000_000)
report("view 200x60, 3 runs x 1,000,000 steps at the end (median of 101)", median(101) {
    _ = long.view(width: 200, height: 60, capabilities: capabilities)
}, budget: "2 ms")
// Thousands of undone steps to mark and a saw-tooth lr in every chart column.
var bold = try app("bold-driver", steps: 1_000_000)
bold.seek(toStep: 1_000_000)
report("view 200x60, bold driver 2 runs x 1,000,000 steps at the end (median of 101)", median(101) {
    _ = bold.view(width: 200, height: 60, capabilities: capabilities)
}, budget: "2 ms")

// Pairs of keys that undo each other, so every press re-simulates a run that lasts all
// 100,000 steps (one key repeated would soon make the run diverge early).
for (name, keys) in [("lr x1.5 / /1.5", "Ee"), ("noise on / off", "nn"), ("momentum +0.05 / -0.05", "Mm")] {
    var resimulated = try app(steps: 100_000)
    type("2", into: &resimulated)
    var index = 0
    let pair = Array(keys)
    report("re-simulate 100,000 steps to the end after \(name) (median of 41)", median(41) {
        type(String(pair[index % 2]), into: &resimulated)
        index += 1
    }, budget: "one frame, 33 ms")
}

var panned = try app()
var index = 0
report("heatmap after a pan (median of 51)", median(51) {
    type(index % 2 == 0 ? "l" : "h", into: &panned)
    index += 1
})
