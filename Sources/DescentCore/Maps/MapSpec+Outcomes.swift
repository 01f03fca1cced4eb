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
        indices.map(outcome(of:))
    }

    /// Runs cell `index` to its end (every step seen, for the rate) and judges how it went.
    func outcome(of index: Int) -> MapOutcome {
        let (cell, run) = cell(index)
        var spec = simulation
        spec.runs[self.run] = run
        let landscape = spec.landscape, minima = landscape.minima
        let sink = OutcomeSink(minima: minima)
        // An OutcomeSink never throws.
        let summary = try! Simulator(spec: spec).run(self.run, into: sink)
        let last = summary.last
        let nearest = minima.indices.min {
            (minima[$0].position - last.position).norm < (minima[$1].position - last.position).norm
        }
        let basin: Int
        if let nearest, !summary.diverged,
            (minima[nearest].position - last.position).norm <= Self.basinRadius * spec.view.diagonal
        {
            basin = nearest + 1
        } else {
            basin = 0
        }
        return MapOutcome(
            cell: cell, final: last.position, finalLoss: last.loss,
            gap: landscape.minimumValue.map { last.loss - $0 },
            stepsToTolerance: summary.convergedAt, evalsToTolerance: summary.convergedEvals,
            status: summary.diverged ? .diverged : summary.convergedAt != nil ? .converged : .ok,
            basin: basin,
            rate: summary.diverged ? nil : nearest.flatMap(sink.rate(toward:)),
            predictedRate: landscape.predictedRate(of: run))
    }

    /// A run ends in a minimum's basin when it is within this fraction of the view's diagonal of it.
    static let basinRadius = 1e-3
}
