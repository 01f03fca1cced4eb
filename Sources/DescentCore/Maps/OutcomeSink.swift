/// Takes a cell's run step by step and keeps only what its outcome needs: a rate fit toward
/// each known minimum (which one the run approaches is known only at its end) and the summary.
final class OutcomeSink: SampleSink {
    private var fits: [RateFit]
    private(set) var summary: RunSummary?

    init(minima: [KnownMinimum]) {
        fits = minima.map { RateFit(target: $0.position) }
    }

    func begin(_ run: RunInfo) {}

    func record(_ sample: Sample) {
        for i in fits.indices { fits[i].add(step: sample.step, at: sample.position) }
    }

    func end(_ summary: RunSummary) {
        self.summary = summary
    }

    /// The rate toward known minimum `index` (0-based).
    func rate(toward index: Int) -> Double? { fits[index].rate }
}
