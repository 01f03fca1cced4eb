import DescentCore

/// Each run's trajectory as far as it is simulated, and the work that goes on simulating it.
/// A run whose key changed starts again from scratch; the others keep what they have. Work
/// goes out one job at a time: `refresh` starts it and `receive` takes its slice, unless an
/// edit made the job stale in between.
struct Simulations {
    /// What one run's trajectory depends on besides the scenario's fixed settings (steps,
    /// seed, tolerance).
    struct Key: Equatable {
        var landscape: AnyLandscape
        /// Random starts are drawn in it.
        var view: ViewBox
        var settings: RunSpec
        var stride: Int
    }

    private(set) var trajectories: [Trajectory] = []
    private var keys: [Key] = []
    private var runs: [RunSimulation] = []
    /// The job whose slice is awaited; a slice of any other is stale.
    private var awaited: Int?
    /// The scenario's run length.
    private var steps = 0
    private var jobs = 0
    /// Counts the changes to the trajectories, so that what is derived from them knows when
    /// to derive again.
    private(set) var version = 0

    /// Starts again the runs of `spec` whose key changed (every run the first time; each alone
    /// gives the same numbers as in the full spec), simulates a small slice of those still
    /// going, and returns the job that goes on with them in the background, if none is out.
    mutating func refresh(simulating spec: SimulationSpec, keys newKeys: [Key]) -> Command {
        var restarted = false
        for (index, key) in newKeys.enumerated() where !keys.indices.contains(index) || keys[index] != key {
            let simulation = RunSimulation(Simulator(spec: spec, every: key.stride).resumableRun(index))
            let trajectory = Trajectory(stride: key.stride)
            if runs.indices.contains(index) {
                runs[index] = simulation
                trajectories[index] = trajectory
            } else {
                runs.append(simulation)
                trajectories.append(trajectory)
            }
            restarted = true
        }
        keys = newKeys
        steps = spec.steps
        if restarted {
            awaited = nil
            take(job().run(.inUpdate))
        }
        guard awaited == nil, runs.contains(where: { !$0.ended }) else { return .none }
        let job = job()
        awaited = job.number
        return .work { .simulated(job.run(.background)) }
    }

    /// Takes the rows of the awaited job; drops a stale one (its runs have started again).
    mutating func receive(_ slice: SimulationSlice) {
        guard slice.job == awaited else { return }
        awaited = nil
        take(slice)
    }

    /// How far the simulation has got, 0 ... 1, while any run is still going; nil once all ended.
    var progress: Double? {
        guard runs.contains(where: { !$0.ended }) else { return nil }
        let done = runs.map { $0.ended ? 1 : Double($0.run.nextStep) / Double(max(steps, 1)) }
        return done.reduce(0, +) / Double(runs.count)
    }

    /// Step `step` of run `index` exactly, once simulated that far.
    func inspection(ofRun index: Int, atStep step: Int) -> StepInspection? {
        runs.indices.contains(index) ? runs[index].inspection(atStep: step) : nil
    }

    /// The furthest step every run still going has reached: the playhead waits there.
    var frontier: Int {
        zip(runs, trajectories).filter { !$0.0.ended }.map(\.1.lastStep).min() ?? .max
    }

    private mutating func job() -> SimulationJob {
        jobs += 1
        let going = runs.indices.filter { !runs[$0].ended }.map {
            RunSlice(index: $0, run: runs[$0].run, samples: trajectories[$0].count)
        }
        let stride = keys.first?.stride ?? 1
        return SimulationJob(
            number: jobs, stride: stride,
            checkpointSamples: RunSimulation.checkpointSamples(stride: stride, steps: steps), runs: going)
    }

    private mutating func take(_ slice: SimulationSlice) {
        for run in slice.runs {
            runs[run.index].take(run)
            for row in run.rows { trajectories[run.index].append(row) }
            if let summary = run.summary {
                trajectories[run.index].end(summary)
            }
        }
        version += 1
    }
}
