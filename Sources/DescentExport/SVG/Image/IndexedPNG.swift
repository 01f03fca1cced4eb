import DescentPlot

/// An 8-bit palette image as a PNG file (colour type 3): what a figure embeds for its heatmap
/// and colour bar, whose pixels are steps of the heat ramp. Rows are filtered with `Up`,
/// then compressed by `RunLengthDeflate`.
struct IndexedPNG {
    let width: Int
    let height: Int
    /// At most 256 colours.
    let palette: [RGB]
    /// An index into `palette` per pixel, row by row from the top left.
    let pixels: [UInt8]

    var bytes: [UInt8] {
        var filtered: [UInt8] = []
        filtered.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            filtered.append(2)  // Up: each byte less the one above it
            for x in 0..<width {
                let above = y > 0 ? pixels[(y - 1) * width + x] : 0
                filtered.append(pixels[y * width + x] &- above)
            }
        }
        let header = Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height)) + [8, 3, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + Self.chunk("IHDR", header)
            + Self.chunk("PLTE", palette.flatMap { [$0.red, $0.green, $0.blue] })
            + Self.chunk("IDAT", RunLengthDeflate.zlib(filtered))
            + Self.chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(CRC32.checksum(body))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}
