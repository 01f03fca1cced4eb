/// Runs the runs of a simulation spec and streams their samples into a sink.
public struct Simulator: Sendable {
    public let spec: SimulationSpec
    /// Emit steps 0, every, 2·every, … and always each run's last step.
    public let every: Int

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
        let run = spec.runs[index]
        let info = RunInfo(index: index, label: run.label, optimizer: run.optimizer.name)
        try sink.begin(info)
        let summary = try spec.landscape.open(LandscapeOpener(simulator: self, run: run, info: info, sink: sink))
        try sink.end(summary)
        return summary
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
    typealias Failure = any Error
    let simulator: Simulator
    let run: RunSpec
    let info: RunInfo
    let sink: any SampleSink

    func visit<L: Landscape>(_ landscape: L) throws -> RunSummary {
        try run.optimizer.open(OptimizerOpener(landscape: landscape, opener: self))
    }
}

private struct OptimizerOpener<L: Landscape>: OptimizerVisitor {
    typealias Failure = any Error
    let landscape: L
    let opener: LandscapeOpener

    func visit<O: Optimizer>(_ optimizer: O) throws -> RunSummary {
        let simulator = opener.simulator, spec = simulator.spec, run = opener.run
        let loop = RunLoop(
            landscape: landscape, optimizer: optimizer, info: opener.info,
            start: simulator.startPoint(of: run), steps: spec.steps, every: simulator.every,
            tolerance: spec.tolerance, stopAtTolerance: spec.stopAtTolerance)
        if run.isExact {
            return try loop.run(ExactInputs(rate: run.lr), into: opener.sink)
        }
        let inputs = ControlledInputs(
            run: run, runLength: spec.steps, noise: RandomStreams.noise(of: opener.info.index, seed: spec.seed),
            knownMinimum: landscape.minimumValue)
        return try loop.run(inputs, into: opener.sink)
    }
}
