import DescentCore

/// The runs exactly at the playhead. A long run's trajectory keeps every stride-th step only;
/// where `.` and `,` leave the playhead between two kept steps, each run's step there is
/// computed again from its nearest checkpoint, and the run is shown as it stands there: its
/// kept samples up to the step, then the step.
/// The selected run's step is kept whole for the inspector, while it is open: computing it
/// costs up to a checkpoint's worth of steps, which a playing view would pay every frame.
struct PlayheadSteps {
    struct Key: Equatable {
        var step: Int
        var selected: Int
        var inspecting: Bool
        /// `Simulations.version`: the runs have moved on or started again.
        var version: Int
    }

    private(set) var key: Key?
    /// Per run, its trajectory cut at the exact step, where the playhead is between samples.
    private(set) var trajectories: [Trajectory?] = []
    /// The selected run at the playhead while the inspector is open, once simulated that far.
    private(set) var inspection: StepInspection?

    mutating func refresh(_ key: Key, from simulations: Simulations) {
        guard key != self.key else { return }
        self.key = key
        inspection = key.inspecting ? simulations.inspection(ofRun: key.selected, atStep: key.step) : nil
        trajectories = simulations.trajectories.enumerated().map { index, trajectory in
            guard key.step % trajectory.stride != 0, key.step < trajectory.lastStep,
                  let exact = (index == key.selected ? inspection : nil) ?? simulations.inspection(ofRun: index, atStep: key.step)
            else { return nil }
            return trajectory.cut(after: trajectory.index(atStep: key.step), at: exact.sample)
        }
    }
}
