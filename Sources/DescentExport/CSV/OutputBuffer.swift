/// Bytes on their way to a `ByteOutput`, gathered into chunks of about 64 KiB so that a
/// million rows cost a few thousand system calls, not a million. One block of memory,
/// allocated once and reused.
final class OutputBuffer {
    private let output: ByteOutput
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    init(output: ByteOutput, chunkSize: Int = 1 << 16) {
        self.output = output
        storage = .allocate(capacity: chunkSize)
    }

    deinit {
        storage.deallocate()
    }

    /// A cursor at the end of the buffered bytes with room for at least `length` more behind
    /// it; hand it back to `commit` once filled. Sends the buffered bytes on first if they
    /// leave too little room, and grows the block if `length` alone exceeds it.
    @inline(__always)
    func reserve(_ length: Int) throws(OutputError) -> ByteCursor {
        if storage.count - count < length {
            try flush()
            if storage.count < length { grow(to: length) }
        }
        return ByteCursor(storage.baseAddress! + count)
    }

    /// Takes the bytes up to `cursor` as written.
    @inline(__always)
    func commit(_ cursor: ByteCursor) {
        count = cursor.position - storage.baseAddress!
        assert(count <= storage.count, "wrote past the reserved room")
    }

    func append(_ bytes: [UInt8]) throws(OutputError) {
        var cursor = try reserve(bytes.count)
        bytes.withUnsafeBufferPointer { cursor.append($0) }
        commit(cursor)
    }

    /// Sends the buffered bytes to the output.
    func flush() throws(OutputError) {
        guard count > 0 else { return }
        let pending = UnsafeRawBufferPointer(start: storage.baseAddress, count: count)
        count = 0
        try output.write(pending)
    }

    private func grow(to capacity: Int) {
        storage.deallocate()
        storage = .allocate(capacity: capacity)
    }
}
