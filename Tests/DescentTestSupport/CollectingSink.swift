import DescentCore

/// Keeps every sample it is given, for assertions on whole trajectories.
public final class CollectingSink: SampleSink {
    public private(set) var samples: [Sample] = []
    public private(set) var begun: [RunInfo] = []
    public private(set) var summaries: [RunSummary] = []

    public init() {}

    public func begin(_ run: RunInfo) { begun.append(run) }
    public func record(_ sample: Sample) { samples.append(sample) }
    public func end(_ summary: RunSummary) { summaries.append(summary) }

    public func samples(ofRun run: Int) -> [Sample] { samples.filter { $0.run == run } }
    public func positions(ofRun run: Int) -> [Vector2] { samples(ofRun: run).map(\.position) }
}
