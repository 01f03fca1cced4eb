/// Keeps the rows it is given, in memory: runs simulated side by side and written later in
/// run order, and the slices of a resumable run.
final class RowCollector: SampleSink {
    private(set) var rows: [Sample] = []
    func begin(_ run: RunInfo) {}
    func record(_ sample: Sample) { rows.append(sample) }
    func end(_ summary: RunSummary) {}
}
