/// Runs that emit few rows (a decimated headless run, `--every` near `--steps`) are simulated
/// side by side, one task each, and their rows handed to the sink afterwards in run order: the
/// same bytes as one after the other, in less time on more than one core.
extension Simulator {
    /// Runs go in parallel only while all their rows together stay under this many, so that
    /// holding them costs a few MiB at most.
    static let parallelRowLimit = 100_000

    /// What `run(into:)` gives, computed concurrently when the rows fit in memory.
    public func runConcurrently(into sink: any SampleSink) async throws -> [RunSummary] {
        let rowsPerRun = spec.steps / every + 2
        guard spec.runs.count > 1, rowsPerRun * spec.runs.count <= Self.parallelRowLimit else {
            return try run(into: sink)
        }
        let runs = try await withThrowingTaskGroup(of: BufferedRun.self) { group in
            for index in spec.runs.indices {
                group.addTask { try self.buffered(index) }
            }
            var finished: [BufferedRun] = []
            for try await run in group { finished.append(run) }
            return finished.sorted { $0.info.index < $1.info.index }
        }
        return try runs.map { try $0.replay(into: sink) }
    }

    private func buffered(_ index: Int) throws -> BufferedRun {
        let collector = RowCollector()
        let summary = try run(index, into: collector)
        return BufferedRun(info: summary.info, samples: collector.rows, summary: summary)
    }
}

/// One run's rows, held until it is their turn.
private struct BufferedRun: Sendable {
    let info: RunInfo
    let samples: [Sample]
    let summary: RunSummary

    func replay(into sink: any SampleSink) throws -> RunSummary {
        try sink.begin(info)
        for sample in samples { try sink.record(sample) }
        try sink.end(summary)
        return summary
    }
}
