/// Where a simulation sends the samples it emits (the CSV writer, the view's buffers, tests).
///
/// The simulation calls it only for emitted samples, never per unemitted step, so a sink
/// may be an existential without slowing the hot loop.
public protocol SampleSink: AnyObject {
    func begin(_ run: RunInfo) throws
    func record(_ sample: Sample) throws
    func end(_ summary: RunSummary) throws
}
