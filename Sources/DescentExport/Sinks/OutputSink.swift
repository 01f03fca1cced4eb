import DescentCore

/// An output that a simulation writes into (the CSV now; maps, SVG and asciicast later), and
/// that ends one of two ways: `finish` once every run is recorded, or `discard` when
/// anything failed, so that a failed run never leaves a partial file behind.
public protocol OutputSink: SampleSink {
    /// Everything is recorded: write what is buffered and make the output final (a file takes
    /// its target's place).
    func finish() throws(OutputError)
    /// Something failed: leave nothing partial behind. Safe to call more than once, and after
    /// a `finish` that failed.
    func discard()
}
