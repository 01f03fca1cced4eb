@testable import DescentExport

/// Collects written bytes in memory and remembers each chunk and how the output ended.
final class MemoryOutput: ByteOutput {
    private(set) var bytes: [UInt8] = []
    private(set) var chunkSizes: [Int] = []
    private(set) var finished = false
    private(set) var discarded = false

    var text: String { String(decoding: bytes, as: UTF8.self) }

    func write(_ chunk: UnsafeRawBufferPointer) throws(OutputError) {
        bytes += chunk
        chunkSizes.append(chunk.count)
    }

    func finish() throws(OutputError) { finished = true }

    func discard() { discarded = true }
}
