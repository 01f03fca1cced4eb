import DescentCore

extension DescentApp {
    /// The settings as the core simulates them.
    var simulationSpec: SimulationSpec {
        var spec = scenario
        spec.landscape = landscape
        spec.view = landscapeView
        spec.runs = runs.map(\.spec)
        return spec
    }

    /// What the heatmap for the current layout, view and landscape depends on; nil when the
    /// terminal is too small for the map.
    var heatKey: HeatField.Key? {
        layout.fits ? HeatField.Key(landscape: landscape, projection: projection) : nil
    }

    /// The selected run exactly at the playhead while the inspector is open, once simulated
    /// that far: the inspector's numbers.
    var inspection: StepInspection? { derived.playhead.inspection }

    /// Brings `derived` up to date with the settings: the one place that decides what is stale,
    /// where trajectories start simulating again, the heatmap is built and a map fills in. `update` calls it
    /// last, whatever the message changed, and returns the background work it asks for.
    mutating func refreshDerivedData() -> Command {
        let spec = simulationSpec
        let keys = runs.map {
            Simulations.Key(landscape: spec.landscape, view: spec.view, settings: $0.spec, stride: timeline.stride)
        }
        return derived.refresh(
            simulating: spec, keys: keys, step: playback.step, selected: selected, inspecting: inspectorOpen, heat: heatKey,
            map: mapKey)
    }
}
