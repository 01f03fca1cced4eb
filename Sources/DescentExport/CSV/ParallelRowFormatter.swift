import DescentCore
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Formats a window of rows on all cores: the window is cut into consecutive pieces, each
/// formatted into a block of memory of its own, and the blocks are written in order, so the
/// bytes are those of formatting one row after another. The blocks are allocated once, for
/// the longest rows a window can hold, and reused.
///
/// Unchecked: one thread at a time formats or writes it: `BackgroundWriter`'s queue, which
/// formats a window into it and writes it before taking the next.
final class ParallelRowFormatter: @unchecked Sendable {
    /// Pieces a full window is cut into: more than the cores, so that one slow piece does not
    /// leave the others idle.
    let pieces: Int
    /// Fewer rows than this in a piece cost more to hand to another thread than to format.
    static let leastRowsPerPiece = 512
    private var blocks: [UnsafeMutableBufferPointer<UInt8>]
    private let lengths: UnsafeMutableBufferPointer<Int>
    /// Blocks holding the last window formatted.
    private var used = 0

    init(pieces: Int) {
        self.pieces = max(1, pieces)
        blocks = Array(repeating: UnsafeMutableBufferPointer(start: nil, count: 0), count: self.pieces)
        lengths = .allocate(capacity: self.pieces)
    }

    deinit {
        for block in blocks { block.deallocate() }
        lengths.deallocate()
    }

    /// Two pieces per core.
    static var piecesForThisMachine: Int {
        2 * max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// Formats `rows`, each after its run's prefix, into the blocks (replacing what they held).
    func format(_ rows: [Sample], prefixes: [[UInt8]]) {
        used = rows.isEmpty ? 0 : min(pieces, max(1, rows.count / Self.leastRowsPerPiece))
        guard used > 0 else { return }
        let mostRowsPerPiece = (rows.count + used - 1) / used
        let longestPrefix = prefixes.map(\.count).max() ?? 0
        makeRoom(mostRowsPerPiece * (longestPrefix + CSVWriter.layout.maxSampleFieldsLength), in: used)
        // One block of all prefixes, so that a row finds its own without touching an array's
        // reference count: on every row that cost more than copying the prefix.
        let prefixBytes = prefixes.flatMap { $0 }
        let prefixStarts = prefixes.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        rows.withUnsafeBufferPointer { rows in
            prefixBytes.withUnsafeBufferPointer { prefixBytes in
                prefixStarts.withUnsafeBufferPointer { prefixStarts in
                    let pieces = Pieces(
                        rows: rows, count: used, prefixBytes: prefixBytes, prefixStarts: prefixStarts, blocks: blocks,
                        lengths: lengths)
                    DispatchQueue.concurrentPerform(iterations: used) { pieces.format($0) }
                }
            }
        }
    }

    /// Writes the last window formatted, block after block.
    func write(to output: ByteOutput) throws(OutputError) {
        for piece in 0..<used {
            try output.write(UnsafeRawBufferPointer(start: blocks[piece].baseAddress, count: lengths[piece]))
        }
    }

    private func makeRoom(_ length: Int, in used: Int) {
        for piece in 0..<used where blocks[piece].count < length {
            blocks[piece].deallocate()
            blocks[piece] = .allocate(capacity: length)
        }
    }
}

/// One window's work, shared by the threads that format its pieces. Unchecked: each piece
/// writes only its own block and length, and reads rows and prefixes that no one changes
/// until `concurrentPerform` has returned.
private struct Pieces: @unchecked Sendable {
    let rows: UnsafeBufferPointer<Sample>
    /// Pieces the rows are cut into, as evenly as they go.
    let count: Int
    /// Run r's prefix is `prefixBytes[prefixStarts[r]..<prefixStarts[r + 1]]`.
    let prefixBytes: UnsafeBufferPointer<UInt8>
    let prefixStarts: UnsafeBufferPointer<Int>
    let blocks: [UnsafeMutableBufferPointer<UInt8>]
    let lengths: UnsafeMutableBufferPointer<Int>

    func format(_ piece: Int) {
        let start = blocks[piece].baseAddress!
        var cursor = ByteCursor(start)
        withUnsafeTemporaryAllocation(of: RepeatedNumber.self, capacity: CSVWriter.layout.numberColumns) { repeated in
            repeated.initialize(repeating: RepeatedNumber())
            for sample in rows[(rows.count * piece / count)..<(rows.count * (piece + 1) / count)] {
                let prefixStart = prefixStarts[sample.run]
                cursor.append(UnsafeBufferPointer(rebasing: prefixBytes[prefixStart..<prefixStarts[sample.run + 1]]))
                cursor = SampleFields(sample, into: cursor, repeated: repeated.baseAddress!).row
            }
        }
        lengths[piece] = cursor.position - start
    }
}
