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

    /// Brings `derived` up to date with the settings: the one place trajectories are simulated
    /// and the heatmap is built. `update` calls it last, whatever the message changed.
    mutating func refreshDerivedData() {
        let spec = simulationSpec
        let keys = runs.map {
            DerivedData.TrajectoryKey(landscape: spec.landscape, view: spec.view, settings: $0.spec, stride: timeline.stride)
        }
        derived.refresh(simulating: spec, keys: keys, heat: heatKey)
    }
}
