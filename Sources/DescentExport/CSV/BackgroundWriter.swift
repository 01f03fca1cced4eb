import DescentCore
import Dispatch

/// Formats windows of rows and sends them to an output, on a thread of its own, one at a
/// time, so that the next window is simulated while this one is formatted (on all cores) and
/// written (the kernel's copy into the file is about a quarter of a CSV's work). A window's
/// error is thrown by the next `wait`.
///
/// Unchecked: the output and the formatter are touched only on its queue until `wait`
/// returns, and `error` is written there and read only after it.
final class BackgroundWriter: @unchecked Sendable {
    private let output: ByteOutput
    private let queue = DispatchQueue(label: "descent.csv.write")
    private let group = DispatchGroup()
    private var error: OutputError?

    init(output: ByteOutput) {
        self.output = output
    }

    /// Formats `rows`, each after its run's prefix, then writes `leading` bytes (the header,
    /// once) and the formatted blocks in order. The caller waits before sending again.
    func send(_ rows: [Sample], prefixes: [[UInt8]], formattedBy formatter: ParallelRowFormatter, after leading: [UInt8]?) {
        queue.async(group: group) { [self] in
            guard error == nil else { return }
            formatter.format(rows, prefixes: prefixes)
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
