import Foundation

/// Running a map's cells: each is an independent run, so they go side by side in chunks, one
/// task each, and come back in cell order whatever order they finish in.
extension MapSpec {
    /// Tasks per map: enough to keep every core busy to the end, few enough that starting
    /// them and collecting them cost little next to the runs (each finished task wakes the
    /// collecting one, which then competes with the cells for a core: at 256 tasks the
    /// benchmark map spent a quarter more CPU than at 64).
    static let chunkCount = 64

    /// Chunks running at once: two per core keep every core busy while the calling task waits
    /// for one, and few enough that it is heard as each finishes, so it starts the next.
    static var chunksInFlight: Int { 2 * max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// This shard's cells in consecutive chunks, each chunk's outcomes handed to `finish` on
    /// the task that ran them, so that what a caller makes of them (their CSV rows) is made on
    /// every core too. What it made goes to `collect` in cell order, each chunk once it and
    /// every chunk before it are done: a CSV is written as the chunks come, not gathered whole.
    /// Only `chunksInFlight` chunks run at once, so the calling task is not queued behind all
    /// of them. The first error `collect` throws ends the map: no chunk starts after it, and
    /// those running finish, unheard (a reader that left a pipe stops the map at once).
    public func outcomes<Chunk: Sendable, Failure: Error>(
        inChunks finish: @escaping @Sendable ([MapOutcome]) -> Chunk, inOrder collect: (Chunk) throws(Failure) -> Void
    ) async throws(Failure) {
        let indices = cellIndices, run = cellRunner
        let size = max(1, (indices.count + Self.chunkCount - 1) / Self.chunkCount)
        let starts = Array(stride(from: 0, to: indices.count, by: size))
        let collected = await withTaskGroup(of: (Int, Chunk).self) { group -> Result<Void, Failure> in
            var started = 0
            func startNext() {
                guard started < starts.count else { return }
                let position = started, start = starts[position]
                let chunk = Array(indices[start..<min(start + size, indices.count)])
                group.addTask { (position, finish(run(chunk))) }
                started += 1
            }
            for _ in 0..<Self.chunksInFlight { startNext() }
            // Chunks that finished before one ahead of them, waiting for it.
            var early = [Chunk?](repeating: nil, count: starts.count), next = 0
            for await (position, chunk) in group {
                startNext()
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

    /// Judges how a cell's run went, given the landscape's f* and the rate theory predicts.
    func outcome(of cell: MapCell, end: CellEnd, minimumValue: Double?, predictedRate: Double?) -> MapOutcome {
        let reached = end.diverged ? nil : end.nearest
        let basin = reached.map { $0.distance <= Self.basinRadius * simulation.view.diagonal ? $0.minimum + 1 : 0 } ?? 0
        return MapOutcome(
            cell: cell, final: end.position, finalLoss: end.loss,
            gap: minimumValue.map { end.loss - $0 },
            stepsToTolerance: end.convergedAt, evalsToTolerance: end.convergedEvals,
            status: end.diverged ? .diverged : end.convergedAt != nil ? .converged : .ok,
            basin: basin, rate: reached?.rate, predictedRate: predictedRate)
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
            CellInputsOpener(landscape: landscape, optimizer: optimizer, map: map))
    }
}

/// Builds each cell's run from what the cells share, opened once per map: the landscape, the
/// mapped run's optimizer (a cell sets only its μ) and how it makes its inputs (at the cell's lr).
private struct CellInputsOpener<L: Landscape, O: Optimizer>: StepInputsVisitor {
    let landscape: L
    let optimizer: O
    let map: MapSpec

    func visit<I: StepInputs>(_ inputs: @escaping @Sendable (Double) -> I) -> @Sendable ([Int]) -> [MapOutcome] {
        let map = map, landscape = landscape, optimizer = optimizer, spec = map.simulation
        let minima = landscape.minima, minimumValue = landscape.minimumValue
        // Theory applies to every cell or to none: they differ only in lr, μ or start.
        let predicts = spec.landscape.predictsRates(of: spec.runs[map.run])
        let runBatch = SharedLanes.batchRunner(for: CellRun<L, O, I>.self) ?? { CellLanes.run(&$0) }
        return { indices in
            let cells = indices.map(map.settings(ofCell:))
            var runs = cells.map { cell in
                let state = RunState(
                    landscape: landscape, optimizer: cell.momentum.map(optimizer.withMomentumCoefficient) ?? optimizer,
                    inputs: inputs(cell.lr), start: cell.start, tolerance: spec.tolerance)
                return CellRun(state: state, minima: minima, steps: spec.steps, stopAtTolerance: spec.stopAtTolerance)
            }
            let ends = runBatch(&runs)
            return indices.indices.map { i in
                map.outcome(
                    of: cells[i], end: ends[i], minimumValue: minimumValue,
                    predictedRate: predicts ? map.predictedRate(ofCell: indices[i]) : nil)
            }
        }
    }
}
