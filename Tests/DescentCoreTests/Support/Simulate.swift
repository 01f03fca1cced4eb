@testable import DescentCore
import DescentTestSupport

/// Simulates `runs` on `landscape` for `steps` steps and returns every sample.
func simulate(
    _ landscape: AnyLandscape, steps: Int, runs: [RunSpec], seed: UInt64 = 0, every: Int = 1,
    tolerance: Double = SimulationSpec.defaultTolerance, stopAtTolerance: Bool = false
) throws -> CollectingSink {
    let spec = SimulationSpec(
        name: "test", landscape: landscape, steps: steps, seed: seed, tolerance: tolerance,
        stopAtTolerance: stopAtTolerance, runs: runs)
    let sink = CollectingSink()
    _ = try Simulator(spec: spec, every: every).run(into: sink)
    return sink
}

func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-300) -> Bool {
    abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}

func isClose(_ a: Vector2, _ b: Vector2, relative: Double = 1e-12, absolute: Double = 1e-300) -> Bool {
    isClose(a.x, b.x, relative: relative, absolute: absolute) && isClose(a.y, b.y, relative: relative, absolute: absolute)
}
