import Dispatch

/// Sends formatted windows to an output on a thread of its own, one at a time, so that the
/// next window is simulated and formatted while this one is written (the kernel's copy into
/// the file is about a third of a CSV's work). A window's error is thrown by the next `wait`.
///
/// Unchecked: the output and a formatter being written are touched only on its queue until
/// `wait` returns, and `error` is written there and read only after it.
final class BackgroundWriter: @unchecked Sendable {
    private let output: ByteOutput
    private let queue = DispatchQueue(label: "descent.csv.write")
    private let group = DispatchGroup()
    private var error: OutputError?

    init(output: ByteOutput) {
        self.output = output
    }

    /// Writes `leading` bytes (the header, once) and then `formatter`'s blocks in order. The
    /// caller waits before sending again, and before formatting into the same formatter.
    func send(_ formatter: ParallelRowFormatter, after leading: [UInt8]?) {
        queue.async(group: group) { [self] in
            guard error == nil else { return }
            do throws(OutputError) {
                if let leading {
                    try leading.withUnsafeBytes { bytes in Result { () throws(OutputError) in try output.write(bytes) } }.get()
                }
                try formatter.write(to: output)
            } catch {
                self.error = error
            }
        }
    }

    /// Returns once what was sent is written; throws the first error a write met.
    func wait() throws(OutputError) {
        group.wait()
        if let error { throw error }
    }
}
