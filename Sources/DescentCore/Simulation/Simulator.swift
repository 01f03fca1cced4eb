/// Runs the runs of a simulation spec and streams their samples into a sink.
public struct Simulator: Sendable {
    public let spec: SimulationSpec
    /// Emit steps 0, every, 2·every, … and always each run's last step.
    public let every: Int
    /// Pass over the steps of a run at a fixed point (`RunLoop`); tests turn it off to check
    /// that the rows are the same.
    var fastForwardsFixedPoints = true

    public init(spec: SimulationSpec, every: Int = 1) {
        precondition(every >= 1, "every must be at least 1")
        self.spec = spec
        self.every = every
    }

    /// Every run in order, each streamed completely before the next begins.
    public func run(into sink: any SampleSink) throws -> [RunSummary] {
        try spec.runs.indices.map { try run($0, into: sink) }
    }

    /// One run, framed by `sink.begin` and `sink.end`.
    public func run(_ index: Int, into sink: any SampleSink) throws -> RunSummary {
        var run = resumableRun(index)
        try sink.begin(info(of: index))
        // Run to its last step, it always ends.
        let summary = try run.run(until: spec.steps, into: sink)!
        try sink.end(summary)
        return summary
    }

    /// Run `index` before its first row, to be simulated as far as asked. Each run draws its
    /// noise from its own stream, so it gives the same rows alone as in the full spec.
    public func resumableRun(_ index: Int) -> ResumableRun {
        spec.landscape.open(LandscapeOpener(simulator: self, run: spec.runs[index], info: info(of: index)))
    }

    private func info(of index: Int) -> RunInfo {
        RunInfo(index: index, label: spec.runs[index].label, optimizer: spec.runs[index].optimizer.name)
    }

    /// Where run `index` starts: its fixed point, or one drawn uniformly from the view box.
    public func startPoint(of run: RunSpec) -> Vector2 {
        switch run.start {
        case .fixed(let p):
            return p
        case .random(let stream):
            var rng = RandomStreams.start(stream, seed: spec.seed)
            let u = rng.nextUnit(), v = rng.nextUnit()
            let box = spec.view
            return Vector2(
                box.x.lowerBound + u * (box.x.upperBound - box.x.lowerBound),
                box.y.lowerBound + v * (box.y.upperBound - box.y.lowerBound))
        }
    }
}

/// Opens the landscape, then the optimizer, so `RunLoop` is specialised for both.
private struct LandscapeOpener: LandscapeVisitor {
    let simulator: Simulator
    let run: RunSpec
    let info: RunInfo

    func visit<L: Landscape>(_ landscape: L) -> ResumableRun {
        run.optimizer.open(OptimizerOpener(landscape: landscape, opener: self))
    }
}

private struct OptimizerOpener<L: Landscape>: OptimizerVisitor {
    let landscape: L
    let opener: LandscapeOpener

    func visit<O: Optimizer>(_ optimizer: O) -> ResumableRun {
        opener.simulator.openInputs(
            of: opener.run, index: opener.info.index, knownMinimum: landscape.minimumValue,
            InputsOpener(landscape: landscape, optimizer: optimizer, opener: opener))
    }
}

private struct InputsOpener<L: Landscape, O: Optimizer>: StepInputsVisitor {
    let landscape: L
    let optimizer: O
    let opener: LandscapeOpener

    func visit<I: StepInputs>(_ inputs: @escaping @Sendable (Double) -> I) -> ResumableRun {
        let simulator = opener.simulator, spec = simulator.spec, run = opener.run
        return ResumableRun(
            RunLoop(
                landscape: landscape, optimizer: optimizer, inputs: inputs(run.lr), info: opener.info,
                start: simulator.startPoint(of: run), steps: spec.steps, every: simulator.every,
                tolerance: spec.tolerance, stopAtTolerance: spec.stopAtTolerance,
                fastForwards: simulator.fastForwardsFixedPoints))
    }
}

/// Receives how the runs of one kind make their step inputs, so generic code over them
/// specialises: a map makes one per cell, of the same type.
protocol StepInputsVisitor {
    associatedtype Result
    /// `inputs` makes the run's inputs at the lr it is given.
    func visit<I: StepInputs>(_ inputs: @escaping @Sendable (_ lr: Double) -> I) -> Result
}

extension Simulator {
    /// Hands `visitor` how `run` (index `index` of the spec), at its own lr or another (as a
    /// map's cells take it, whose μ or start the inputs never see), makes its inputs: a
    /// constant lr on the exact gradient where that is all it needs, else the general inputs
    /// with its own noise stream.
    func openInputs<V: StepInputsVisitor>(of run: RunSpec, index: Int, knownMinimum: Double?, _ visitor: V) -> V.Result {
        if run.isExact { return visitor.visit { ExactInputs(rate: $0) } }
        let steps = spec.steps, seed = spec.seed
        return visitor.visit { lr in
            var variant = run
            variant.lr = lr
            return ControlledInputs(
                run: variant, runLength: steps, noise: RandomStreams.noise(of: index, seed: seed), knownMinimum: knownMinimum)
        }
    }
}
