import DescentCore

/// What the app's settings imply and takes long to compute: each run's trajectory, simulated in
/// slices (`Simulations`), the runs exactly at the playhead, the heatmap, and the map of
/// outcomes (`OutcomeMap`) while one is open. Each part remembers the key it was made from,
/// so a refresh computes again only what a change made stale; the view draws from it and
/// computes nothing.
struct DerivedData {
    private(set) var simulations = Simulations()
    private(set) var playhead = PlayheadSteps()
    /// The heatmap for the last layout that had room for the map.
    private(set) var heatmap: HeatField?
    /// The tick labels for the heatmap's projection.
    private(set) var axes: MapAxisLabels?
    /// The map shown in place of the landscape (`P`, `B`), filled in the background.
    private(set) var map = OutcomeMap()

    /// Brings the parts up to date and returns the work still to do in the background. A nil
    /// `heat` (no room for the map) keeps the heatmap there is; a nil `map` stops the map's work.
    mutating func refresh(
        simulating spec: SimulationSpec, keys: [Simulations.Key], step: Int, selected: Int, inspecting: Bool,
        heat: HeatField.Key?, map mapKey: OutcomeMap.Key? = nil
    ) -> Command {
        let work = simulations.refresh(simulating: spec, keys: keys)
        let mapWork = map.refresh(mapKey, simulating: spec)
        let playheadKey = PlayheadSteps.Key(step: step, selected: selected, inspecting: inspecting, version: simulations.version)
        playhead.refresh(playheadKey, from: simulations)
        if let heat, heatmap?.key != heat {
            heatmap = HeatField(heat)
            axes = MapAxisLabels(projection: heat.projection)
        }
        return .combining([work, mapWork])
    }

    /// Takes a slice of background simulation; the next `refresh` derives from it.
    mutating func receive(_ slice: SimulationSlice) {
        simulations.receive(slice)
    }

    /// Takes a piece of background map work; the map draws from it at once.
    mutating func receive(_ slice: MapSlice) {
        map.receive(slice)
    }

    /// Each run's trajectory as far as it is simulated.
    var trajectories: [Trajectory] { simulations.trajectories }

    /// Run `index`'s trajectory as a frame shows it at the playhead.
    func shownTrajectory(_ index: Int) -> Trajectory {
        playhead.trajectories.indices.contains(index) ? playhead.trajectories[index] ?? trajectories[index] : trajectories[index]
    }
}
