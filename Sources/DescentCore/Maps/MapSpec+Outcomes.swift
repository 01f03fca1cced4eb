/// Running a map's cells: each is an independent run, so they go side by side in chunks, one
/// task each, and come back in cell order whatever order they finish in.
extension MapSpec {
    /// Cells per task: enough tasks to keep every core busy to the end, few enough that
    /// starting them costs nothing next to the runs.
    static let chunkCount = 256

    /// The outcomes of this shard's cells, in cell order.
    public func outcomes() async -> [MapOutcome] {
        let indices = cellIndices
        let chunkSize = max(1, (indices.count + Self.chunkCount - 1) / Self.chunkCount)
        let chunks = stride(from: 0, to: indices.count, by: chunkSize).map {
            Array(indices[$0..<min($0 + chunkSize, indices.count)])
        }
        return await withTaskGroup(of: (Int, [MapOutcome]).self) { group in
            for (position, chunk) in chunks.enumerated() {
                group.addTask { (position, outcomes(ofCells: chunk)) }
            }
            var done = [[MapOutcome]](repeating: [], count: chunks.count)
            for await (position, outcomes) in group { done[position] = outcomes }
            return done.flatMap { $0 }
        }
    }

    /// The outcomes of cells `indices` (any cells of the grid, whatever the shard), in that
    /// order, computed on the calling thread: the one entry for callers that schedule cells
    /// themselves, such as the view, which maps a coarse pass first.
    public func outcomes(ofCells indices: [Int]) -> [MapOutcome] {
        let cells = indices.map(cell)
        let ends = simulation.landscape.open(CellsOpener(map: self, runs: cells.map(\.1), starts: cells.map(\.0.start)))
        return zip(cells, ends).map { outcome(of: $0.0, run: $0.1, end: $1) }
    }

    /// Judges how a cell's run went.
    func outcome(of cell: MapCell, run: RunSpec, end: CellEnd) -> MapOutcome {
        let landscape = simulation.landscape, minima = landscape.minima
        let nearest = minima.indices.min {
            (minima[$0].position - end.position).norm < (minima[$1].position - end.position).norm
        }
        let basin: Int
        if let nearest, !end.diverged,
            (minima[nearest].position - end.position).norm <= Self.basinRadius * simulation.view.diagonal
        {
            basin = nearest + 1
        } else {
            basin = 0
        }
        return MapOutcome(
            cell: cell, final: end.position, finalLoss: end.loss,
            gap: landscape.minimumValue.map { end.loss - $0 },
            stepsToTolerance: end.convergedAt, evalsToTolerance: end.convergedEvals,
            status: end.diverged ? .diverged : end.convergedAt != nil ? .converged : .ok,
            basin: basin,
            rate: end.diverged ? nil : nearest.flatMap { end.rates[$0] },
            predictedRate: landscape.predictedRate(of: run))
    }

    /// A run ends in a minimum's basin when it is within this fraction of the view's diagonal of it.
    static let basinRadius = 1e-3
}

/// Opens the landscape, the mapped run's optimizer and its inputs, so the cells' loop is
/// specialised for all three (every cell shares them; only lr, momentum or start differ).
private struct CellsOpener: LandscapeVisitor {
    let map: MapSpec
    let runs: [RunSpec]
    let starts: [Vector2]

    func visit<L: Landscape>(_ landscape: L) -> [CellEnd] {
        map.simulation.runs[map.run].optimizer.open(CellOptimizerOpener(landscape: landscape, opener: self))
    }
}

private struct CellOptimizerOpener<L: Landscape>: OptimizerVisitor {
    let landscape: L
    let opener: CellsOpener

    func visit<O: Optimizer>(_ optimizer: O) -> [CellEnd] {
        let map = opener.map
        return Simulator(spec: map.simulation).openInputs(
            of: map.simulation.runs[map.run], index: map.run, knownMinimum: landscape.minimumValue,
            CellInputsOpener<L, O>(landscape: landscape, opener: opener))
    }
}

private struct CellInputsOpener<L: Landscape, O: Optimizer>: StepInputsVisitor {
    let landscape: L
    let opener: CellsOpener

    func visit<I: StepInputs>(_ inputs: (RunSpec) -> I) -> [CellEnd] {
        let spec = opener.map.simulation, minima = landscape.minima
        let runs = zip(opener.runs, opener.starts).enumerated().map { slot, cell in
            let (run, start) = cell
            let state = RunState(
                landscape: landscape, optimizer: run.optimizer.open(Concrete<O>()), inputs: inputs(run), start: start,
                tolerance: spec.tolerance)
            return CellRun(
                slot: slot, state: state, minima: minima, steps: spec.steps,
                stopAtTolerance: spec.stopAtTolerance)
        }
        return SharedLanes.run(runs) ?? CellLanes.run(runs)
    }
}

/// A cell's optimizer as the concrete type of the mapped run's: a map changes its settings, never its kind.
private struct Concrete<O: Optimizer>: OptimizerVisitor {
    func visit<P: Optimizer>(_ optimizer: P) -> O { optimizer as! O }
}
