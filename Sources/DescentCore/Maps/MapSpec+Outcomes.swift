/// Running a map's cells: each is an independent run, so they go side by side in chunks, one
/// task each, and come back in cell order whatever order they finish in.
extension MapSpec {
    /// Tasks per map: enough to keep every core busy to the end, few enough that starting
    /// them and collecting them cost little next to the runs (each finished task wakes the
    /// collecting one, which then competes with the cells for a core: at 256 tasks the
    /// benchmark map spent a quarter more CPU than at 64).
    static let chunkCount = 64

    /// This shard's cells in consecutive chunks, each chunk's outcomes handed to `finish` on
    /// the task that ran them, so that what a caller makes of them (their CSV rows) is made on
    /// every core too. What it made goes to `collect` in cell order, each chunk as soon as it
    /// and every chunk before it are done, while later chunks still run (a CSV is written as
    /// it is computed). The first error `collect` throws ends the map: the chunks still
    /// running finish, unheard.
    public func outcomes<Chunk: Sendable, Failure: Error>(
        inChunks finish: @escaping @Sendable ([MapOutcome]) -> Chunk, inOrder collect: (Chunk) throws(Failure) -> Void
    ) async throws(Failure) {
        let indices = cellIndices, run = cellRunner
        let size = max(1, (indices.count + Self.chunkCount - 1) / Self.chunkCount)
        let starts = Array(stride(from: 0, to: indices.count, by: size))
        let collected = await withTaskGroup(of: (Int, Chunk).self) { group -> Result<Void, Failure> in
            for (position, start) in starts.enumerated() {
                let chunk = Array(indices[start..<min(start + size, indices.count)])
                group.addTask { (position, finish(run(chunk))) }
            }
            // Chunks that finished before one ahead of them, waiting for it.
            var early = [Chunk?](repeating: nil, count: starts.count), next = 0
            for await (position, chunk) in group {
                early[position] = chunk
                while next < early.count, let ready = early[next] {
                    early[next] = nil
                    do throws(Failure) { try collect(ready) } catch { return .failure(error) }
                    next += 1
                }
            }
            return .success(())
        }
        try collected.get()
    }

    /// The outcomes of cells `indices` (any cells of the grid, whatever the shard), in that
    /// order, computed on the calling thread: the one entry for callers that schedule cells
    /// themselves, such as the view, which maps a coarse pass first.
    public func outcomes(ofCells indices: [Int]) -> [MapOutcome] {
        cellRunner(indices)
    }

    /// Runs cells given by their indices. The landscape, the mapped run's optimizer and its
    /// inputs are opened once, so every batch's loop is specialised for all three (every cell
    /// shares them; only lr, momentum or start differ).
    private var cellRunner: @Sendable ([Int]) -> [MapOutcome] {
        simulation.landscape.open(CellsOpener(map: self))
    }

    /// Judges how a cell's run went, given the landscape's known `minima` and f*.
    func outcome(of cell: MapCell, run: RunSpec, end: CellEnd, minima: [KnownMinimum], minimumValue: Double?) -> MapOutcome {
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
            gap: minimumValue.map { end.loss - $0 },
            stepsToTolerance: end.convergedAt, evalsToTolerance: end.convergedEvals,
            status: end.diverged ? .diverged : end.convergedAt != nil ? .converged : .ok,
            basin: basin,
            rate: end.diverged ? nil : nearest.flatMap { end.rates[$0] },
            predictedRate: simulation.landscape.predictedRate(of: run))
    }

    /// A run ends in a minimum's basin when it is within this fraction of the view's diagonal of it.
    static let basinRadius = 1e-3
}

private struct CellsOpener: LandscapeVisitor {
    let map: MapSpec

    func visit<L: Landscape>(_ landscape: L) -> @Sendable ([Int]) -> [MapOutcome] {
        map.simulation.runs[map.run].optimizer.open(CellOptimizerOpener(landscape: landscape, map: map))
    }
}

private struct CellOptimizerOpener<L: Landscape>: OptimizerVisitor {
    let landscape: L
    let map: MapSpec

    func visit<O: Optimizer>(_ optimizer: O) -> @Sendable ([Int]) -> [MapOutcome] {
        Simulator(spec: map.simulation).openInputs(
            of: map.simulation.runs[map.run], index: map.run, knownMinimum: landscape.minimumValue,
            CellInputsOpener<L, O>(landscape: landscape, map: map))
    }
}

private struct CellInputsOpener<L: Landscape, O: Optimizer>: StepInputsVisitor {
    let landscape: L
    let map: MapSpec

    func visit<I: StepInputs>(_ inputs: @escaping @Sendable (RunSpec) -> I) -> @Sendable ([Int]) -> [MapOutcome] {
        let map = map, landscape = landscape, spec = map.simulation
        let minima = landscape.minima, minimumValue = landscape.minimumValue
        let runBatch = SharedLanes.batchRunner(for: CellRun<L, O, I>.self) ?? { CellLanes.run(&$0) }
        return { indices in
            let cells = indices.map(map.cell)
            var runs = cells.map { cell, run in
                let state = RunState(
                    landscape: landscape, optimizer: run.optimizer.open(Concrete<O>()), inputs: inputs(run),
                    start: cell.start, tolerance: spec.tolerance)
                return CellRun(state: state, minima: minima, steps: spec.steps, stopAtTolerance: spec.stopAtTolerance)
            }
            let ends = runBatch(&runs)
            return cells.indices.map { i in
                map.outcome(of: cells[i].0, run: cells[i].1, end: ends[i], minima: minima, minimumValue: minimumValue)
            }
        }
    }
}

/// A cell's optimizer as the concrete type of the mapped run's: a map changes its settings, never its kind.
private struct Concrete<O: Optimizer>: OptimizerVisitor {
    func visit<P: Optimizer>(_ optimizer: P) -> O { optimizer as! O }
}
