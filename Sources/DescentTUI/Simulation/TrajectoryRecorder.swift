import DescentCore

/// Runs a simulation into trajectories: the bridge from the core's sample stream to the view.
final class TrajectoryRecorder: SampleSink {
    private var trajectory: Trajectory

    private init(stride: Int) {
        trajectory = Trajectory(stride: stride)
    }

    func begin(_ run: RunInfo) {}

    func record(_ sample: Sample) {
        trajectory.append(sample)
    }

    func end(_ summary: RunSummary) {
        trajectory.convergedAt = summary.convergedAt
        trajectory.diverged = summary.diverged
    }

    /// Run `index` of `spec`, keeping every `stride`-th step. Each run draws its noise from its
    /// own stream, so one run re-simulated alone gives the same numbers as in the full spec.
    static func trajectory(of index: Int, in spec: SimulationSpec, stride: Int) -> Trajectory {
        let recorder = TrajectoryRecorder(stride: stride)
        // Simulator only rethrows what its sink throws, and this sink never throws.
        _ = try! Simulator(spec: spec, every: stride).run(index, into: recorder)
        return recorder.trajectory
    }
}
