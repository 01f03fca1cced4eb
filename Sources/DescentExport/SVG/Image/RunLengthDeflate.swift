/// A zlib stream (RFC 1950) of one deflate block with the fixed Huffman codes (RFC 1951),
/// its only matches repeats of the byte before (distance 1). An image filtered with PNG's
/// `Up` is mostly runs of zeros where the landscape is flat along a column, which this
/// shrinks several times over; the output depends on nothing but the input bytes.
enum RunLengthDeflate {
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        // Deflate, 32 KiB window, no dictionary, fastest (FLEVEL 0), header checksum: 0x78 0x01.
        bits.bytes = [0x78, 0x01]
        bits.write(1, count: 1)  // the last block
        bits.write(1, count: 2)  // fixed Huffman codes
        var i = 0
        while i < data.count {
            bits.literal(data[i])
            var run = 0
            while i + 1 + run < data.count, data[i + 1 + run] == data[i], run < 258 { run += 1 }
            if run >= 3 {
                bits.repeatPrevious(run)
                i += 1 + run
            } else {
                i += 1
            }
        }
        bits.code(256)
        bits.flush()
        var adler = (a: UInt32(1), b: UInt32(0))
        for byte in data {
            adler.a = (adler.a + UInt32(byte)) % 65521
            adler.b = (adler.b + adler.a) % 65521
        }
        let checksum = adler.b << 16 | adler.a
        return bits.bytes + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: checksum >> $0) }
    }

    /// Bits packed from the least significant end of each byte, as deflate reads them.
    private struct BitWriter {
        var bytes: [UInt8] = []
        private var pending: UInt32 = 0
        private var pendingCount = 0

        mutating func write(_ value: UInt32, count: Int) {
            pending |= value << pendingCount
            pendingCount += count
            while pendingCount >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: pending))
                pending >>= 8
                pendingCount -= 8
            }
        }

        mutating func flush() {
            if pendingCount > 0 { bytes.append(UInt8(truncatingIfNeeded: pending)) }
            pending = 0
            pendingCount = 0
        }

        /// A Huffman code goes most significant bit first.
        private mutating func huffman(_ code: UInt32, length: Int) {
            var reversed: UInt32 = 0
            for bit in 0..<length { reversed |= (code >> bit & 1) << (length - 1 - bit) }
            write(reversed, count: length)
        }

        /// Symbol 0 … 287 of the literal/length alphabet in its fixed code.
        mutating func code(_ symbol: Int) {
            switch symbol {
            case 0...143: huffman(0x30 + UInt32(symbol), length: 8)
            case 144...255: huffman(0x190 + UInt32(symbol - 144), length: 9)
            case 256...279: huffman(UInt32(symbol - 256), length: 7)
            default: huffman(0xC0 + UInt32(symbol - 280), length: 8)
            }
        }

        mutating func literal(_ byte: UInt8) { code(Int(byte)) }

        /// A match of `length` (3 … 258) at distance 1.
        mutating func repeatPrevious(_ length: Int) {
            let index = Self.lengthBases.lastIndex { $0 <= length }!
            code(257 + index)
            write(UInt32(length - Self.lengthBases[index]), count: Self.lengthExtraBits[index])
            huffman(0, length: 5)  // distance code 0: distance 1, no extra bits
        }

        private static let lengthBases = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
        ]
        private static let lengthExtraBits = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]
    }
}
