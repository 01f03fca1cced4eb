@testable import DescentCore
import Testing

@testable import DescentTUI

/// Trajectories and the heatmap are derived from the settings in one keyed refresh at the end
/// of `update`; the view draws what is there.
@Suite struct DerivedDataTests {
    func key(_ app: DescentApp, _ run: Int, settings: RunSpec? = nil) -> Simulations.Key {
        Simulations.Key(
            landscape: app.landscape, view: app.landscapeView, settings: settings ?? app.runs[run].spec,
            stride: app.timeline.stride)
    }

    @Test func aRunIsSimulatedAgainOnlyWhenItsKeyChanges() {
        let app = Fixtures.app()
        var derived = app.derived, spec = app.simulationSpec
        spec.runs[0].lr *= 2
        let unchanged = app.runs.indices.map { key(app, $0) }
        _ = derived.refresh(simulating: spec, keys: unchanged, step: 0, selected: 0, inspecting: false, heat: nil)
        #expect(derived.trajectories == app.derived.trajectories)
        var changed = unchanged
        changed[0] = key(app, 0, settings: spec.runs[0])
        _ = derived.refresh(simulating: spec, keys: changed, step: 0, selected: 0, inspecting: false, heat: nil)
        #expect(derived.trajectories[0] == Trajectory.simulated(0, in: spec, stride: 1))
        #expect(derived.trajectories[0] != app.derived.trajectories[0])
        #expect(derived.trajectories[1...] == app.derived.trajectories[1...])
        #expect(derived.heatmap == app.derived.heatmap)
    }

    @Test func editsChangeSettingsAndUpdateDerivesTheRest() {
        var app = Fixtures.app()
        let before = app.derived.trajectories
        app.type("E")
        #expect(app.derived.trajectories[1...] == before[1...])
        #expect(app.derived.trajectories[0] != before[0])
        #expect(app.derived.trajectories[0] == Trajectory.simulated(0, in: app.simulationSpec, stride: 1))
    }

    @Test func theViewDrawsWhatWasDerivedAndComputesNothing() {
        var app = Fixtures.app()
        // Edited already, so that the title's mark (read from the settings) stays as it is.
        app.type("E")
        app.send(.tick(seconds: StatusNotice.duration))
        app.seek(toStep: 1500)
        let before = app.frame()
        app.runs[0].spec.lr *= 2
        app.viewBox = app.viewBox.zoomed(by: 2, about: app.viewBox.center)
        #expect(app.frame() == before)
        _ = app.refreshDerivedData()
        #expect(app.frame() != before)
    }
}

extension Trajectory {
    /// Run `index` of `spec` in one go, every `stride`-th step: what the view's slices add up to.
    static func simulated(_ index: Int, in spec: SimulationSpec, stride: Int) -> Trajectory {
        final class Recorder: SampleSink {
            var trajectory: Trajectory
            init(stride: Int) { trajectory = Trajectory(stride: stride) }
            func begin(_ run: RunInfo) {}
            func record(_ sample: Sample) { trajectory.append(sample) }
            func end(_ summary: RunSummary) {
                trajectory.end(summary)
            }
        }
        let recorder = Recorder(stride: stride)
        _ = try! Simulator(spec: spec, every: stride).run(index, into: recorder)
        return recorder.trajectory
    }
}
