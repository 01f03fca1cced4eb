/// A small inflater (RFC 1950/1951, after zlib's `puff`) for tests that read PNG files: the
/// figures descent writes and the screenshots a browser takes of them. Slow and simple.
public enum Inflate {
    public struct Corrupt: Error, CustomStringConvertible {
        public let description: String
    }

    /// The data of a zlib stream (its checksum is not checked).
    public static func zlib(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count >= 2, data[0] & 0x0F == 8 else { throw Corrupt(description: "not a zlib stream") }
        var reader = BitReader(data: data, position: 2)
        var out: [UInt8] = []
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, &out)
            case 1: try codes(&reader, &out, Huffman.fixedLengths, Huffman.fixedDistances)
            case 2:
                let (lengths, distances) = try dynamicTables(&reader)
                try codes(&reader, &out, lengths, distances)
            default: throw Corrupt(description: "block type 3")
            }
        }
        return out
    }

    private struct BitReader {
        let data: [UInt8]
        var position: Int
        var buffer: UInt32 = 0
        var count = 0

        mutating func bits(_ n: Int) throws -> Int {
            while count < n {
                guard position < data.count else { throw Corrupt(description: "out of input") }
                buffer |= UInt32(data[position]) << count
                position += 1
                count += 8
            }
            let value = buffer & ((1 << n) - 1)
            buffer >>= n
            count -= n
            return Int(value)
        }

        mutating func byteAligned() {
            buffer = 0
            count = 0
        }
    }

    private struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        init(lengths: [Int]) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        func decode(_ reader: inout BitReader) throws -> Int {
            var code = 0, first = 0, index = 0
            for length in 1...15 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - count < first { return symbols[index + (code - first)] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw Corrupt(description: "no such code")
        }

        static let fixedLengths = Huffman(
            lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24)
                + [Int](repeating: 8, count: 8))
        static let fixedDistances = Huffman(lengths: [Int](repeating: 5, count: 30))
    }

    private static func stored(_ reader: inout BitReader, _ out: inout [UInt8]) throws {
        reader.byteAligned()
        let p = reader.position
        guard p + 4 <= reader.data.count else { throw Corrupt(description: "out of input") }
        let length = Int(reader.data[p]) | Int(reader.data[p + 1]) << 8
        guard p + 4 + length <= reader.data.count else { throw Corrupt(description: "out of input") }
        out += reader.data[(p + 4)..<(p + 4 + length)]
        reader.position = p + 4 + length
    }

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    private static func codes(_ reader: inout BitReader, _ out: inout [UInt8], _ lengths: Huffman, _ distances: Huffman) throws {
        while true {
            let symbol = try lengths.decode(&reader)
            if symbol < 256 {
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let i = symbol - 257
                guard i < 29 else { throw Corrupt(description: "bad length") }
                let length = lengthBases[i] + (try reader.bits(lengthExtra[i]))
                let d = try distances.decode(&reader)
                guard d < 30 else { throw Corrupt(description: "bad distance") }
                let distance = distanceBases[d] + (try reader.bits(distanceExtra[d]))
                guard distance <= out.count else { throw Corrupt(description: "distance too far back") }
                for _ in 0..<length { out.append(out[out.count - distance]) }
            }
        }
    }

    private static func dynamicTables(_ reader: inout BitReader) throws -> (Huffman, Huffman) {
        let literals = try reader.bits(5) + 257, distances = try reader.bits(5) + 1, codeLengths = try reader.bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var lengthsOfLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeLengths { lengthsOfLengths[order[i]] = try reader.bits(3) }
        let lengthCode = Huffman(lengths: lengthsOfLengths)
        var lengths: [Int] = []
        while lengths.count < literals + distances {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0..<16: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Corrupt(description: "repeat with nothing before") }
                lengths += [Int](repeating: previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        return (Huffman(lengths: Array(lengths[..<literals])), Huffman(lengths: Array(lengths[literals..<(literals + distances)])))
    }
}
