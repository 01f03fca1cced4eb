@testable import DescentCore
import Testing

@testable import DescentTUI

/// Trajectories and the heatmap are derived from the settings in one keyed refresh at the end
/// of `update`; the view draws what is there.
@Suite struct DerivedDataTests {
    func key(_ app: DescentApp, _ run: Int, settings: RunSpec? = nil) -> DerivedData.TrajectoryKey {
        DerivedData.TrajectoryKey(
            landscape: app.landscape, view: app.landscapeView, settings: settings ?? app.runs[run].spec,
            stride: app.timeline.stride)
    }

    @Test func aRunIsSimulatedAgainOnlyWhenItsKeyChanges() {
        let app = Fixtures.app()
        var derived = app.derived, spec = app.simulationSpec
        spec.runs[0].lr *= 2
        let unchanged = app.runs.indices.map { key(app, $0) }
        derived.refresh(simulating: spec, keys: unchanged, heat: nil)
        #expect(derived.trajectories == app.derived.trajectories)
        var changed = unchanged
        changed[0] = key(app, 0, settings: spec.runs[0])
        derived.refresh(simulating: spec, keys: changed, heat: nil)
        #expect(derived.trajectories[0] == TrajectoryRecorder.trajectory(of: 0, in: spec, stride: 1))
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
        #expect(app.derived.trajectories[0] == TrajectoryRecorder.trajectory(of: 0, in: app.simulationSpec, stride: 1))
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
        app.refreshDerivedData()
        #expect(app.frame() != before)
    }
}
