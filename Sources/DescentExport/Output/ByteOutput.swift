/// Where written bytes go: standard output, a file, or memory in tests.
///
/// The protocol has both ends of a transaction so that a file can be all or nothing: a
/// writer calls `finish` once everything is written, or `discard` when anything failed.
protocol ByteOutput: AnyObject {
    /// Writes all of `bytes`, or throws.
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError)
    /// Everything is written: make it final (a file takes the place of its target).
    func finish() throws(OutputError)
    /// Something failed: leave nothing partial behind. Safe to call more than once.
    func discard()
}
