import DescentCore

/// What the app's settings imply and takes long to compute: each run's trajectory and the
/// heatmap. Each part remembers the key it was made from, so a refresh computes again only
/// what a change made stale; the view draws from it and computes nothing.
struct DerivedData {
    /// What one run's trajectory depends on besides the scenario's fixed settings (steps,
    /// seed, tolerance).
    struct TrajectoryKey: Equatable {
        var landscape: AnyLandscape
        /// Random starts are drawn in it.
        var view: ViewBox
        var settings: RunSpec
        var stride: Int
    }

    private(set) var trajectories: [Trajectory] = []
    private var trajectoryKeys: [TrajectoryKey] = []
    /// The heatmap for the last layout that had room for the map.
    private(set) var heatmap: HeatField?

    /// Simulates the runs of `spec` whose key differs from the one their trajectory was made
    /// from (every run the first time; each alone gives the same numbers as in the full spec),
    /// and builds the heatmap again when its key changed. A nil `heat` (no room for the map)
    /// keeps the heatmap there is.
    mutating func refresh(simulating spec: SimulationSpec, keys: [TrajectoryKey], heat: HeatField.Key?) {
        for (index, key) in keys.enumerated() where !trajectoryKeys.indices.contains(index) || trajectoryKeys[index] != key {
            let trajectory = TrajectoryRecorder.trajectory(of: index, in: spec, stride: key.stride)
            if trajectories.indices.contains(index) { trajectories[index] = trajectory } else { trajectories.append(trajectory) }
        }
        trajectoryKeys = keys
        if let heat, heatmap?.key != heat { heatmap = HeatField(heat) }
    }
}
