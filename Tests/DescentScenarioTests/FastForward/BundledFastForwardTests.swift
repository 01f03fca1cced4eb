@testable import DescentCore
import DescentTestSupport
import Testing
@testable import DescentScenario

/// Every bundled scenario, run a million steps, writes the same rows and summaries whether
/// the loop passes over fixed points or takes every step. Rows are thinned (the simulation is
/// what is compared).
@Suite("Fast-forward on the bundled scenarios")
struct BundledFastForwardTests {
    /// A run that never found a fixed point took every step either way (looking copies the
    /// state, and changes nothing), so only those that found one are simulated again stepping:
    /// that keeps the million-step controller and noise runs to one simulation each.
    @Test(arguments: BundledScenarios.names)
    func passingOverFixedPointsChangesNoRow(name: String) throws {
        var spec = try ScenarioSource.resolve(name).load()
        spec.steps = 1_000_000
        func simulate(_ run: Int, fastForwards: Bool) throws -> (rows: [String], summary: String, passed: Bool) {
            var simulator = Simulator(spec: spec, every: 9_973)
            simulator.fastForwardsFixedPoints = fastForwards
            var resumable = simulator.resumableRun(run)
            let sink = CollectingSink()
            let summary = try resumable.run(until: spec.steps, into: sink)
            return (sink.samples.map(\.exactRow), "\(String(describing: summary))", resumable.isAtFixedPoint)
        }
        for run in spec.runs.indices {
            let passed = try simulate(run, fastForwards: true)
            guard passed.passed else { continue }
            let stepped = try simulate(run, fastForwards: false)
            #expect(passed.rows == stepped.rows, "\(spec.runs[run].label)")
            #expect(passed.summary == stepped.summary, "\(spec.runs[run].label)")
        }
    }
}
