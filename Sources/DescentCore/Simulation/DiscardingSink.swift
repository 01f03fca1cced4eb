/// A sink that keeps nothing: for runs whose summaries are all that is wanted.
public final class DiscardingSink: SampleSink {
    public init() {}
    public func begin(_ run: RunInfo) {}
    public func record(_ sample: Sample) {}
    public func end(_ summary: RunSummary) {}
}
