import DescentCore

extension DescentApp {
    /// Simulates run `index` again after a change to its settings; the playhead stays put.
    mutating func resimulate(_ index: Int) {
        runs[index].trajectory = TrajectoryRecorder.trajectory(of: index, in: spec, stride: timeline.stride)
    }

    mutating func resimulateAll() {
        for (index, trajectory) in TrajectoryRecorder.trajectories(of: spec, stride: timeline.stride).enumerated() {
            runs[index].trajectory = trajectory
        }
    }

    /// The heatmap for the current layout, view and landscape, rebuilt only when one of them
    /// changed: `update` calls this after each such change, so `view` finds it ready.
    mutating func refreshHeatmap() {
        guard layout.fits else { return }
        let key = heatKey(for: layout)
        if heatmap?.key != key { heatmap = HeatField(key) }
    }

    func heatKey(for layout: ScreenLayout) -> HeatField.Key {
        HeatField.Key(landscape: spec.landscape, projection: MapProjection(view: viewBox, plot: layout.plot))
    }
}
