/// A position in memory with room made behind it (by an `OutputBuffer`, or a block of rows):
/// appends bytes and numbers with no bounds checks and no allocation. The caller makes enough
/// room first.
struct ByteCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(_ position: UnsafeMutablePointer<UInt8>) {
        self.position = position
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        position.update(from: base, count: bytes.count)
        position += bytes.count
    }

    /// Appends the first `length` of `width` bytes copied from `source` in one fixed-size move
    /// without a call to `memmove`, for short texts copied often. The caller has made room
    /// for `width` bytes, and `width` bytes from `source` are readable (the source may
    /// overlap the room: all are read before any is written).
    @inline(__always)
    mutating func append(_ length: Int, of width: Int, copiedFrom source: UnsafePointer<UInt8>) {
        assert(length <= width)
        UnsafeMutableRawPointer(position).copyMemory(from: source, byteCount: width)
        position += length
    }

    /// At most `NumberText.maxDoubleLength` bytes.
    @inline(__always)
    mutating func append(_ value: Double) {
        position += NumberText.write(value, to: position)
    }

    /// At most `NumberText.maxIntLength` bytes.
    @inline(__always)
    mutating func append(_ value: Int) {
        position += NumberText.write(value, to: position)
    }
}
