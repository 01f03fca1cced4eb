/// A PNG file read back to pixels, for tests: 8-bit palette, RGB or RGBA, not interlaced
/// (what descent writes and what a headless browser's screenshot is).
public struct DecodedPNG {
    public let width: Int
    public let height: Int
    /// Red, green, blue per pixel, row by row from the top left.
    public let rgb: [UInt8]

    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    public init(_ bytes: [UInt8]) throws {
        guard bytes.count > 8, bytes[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw Unsupported(description: "not a PNG file")
        }
        func number(_ at: Int) -> Int { (0..<4).reduce(0) { $0 << 8 | Int(bytes[at + $1]) } }
        var position = 8, header: [UInt8] = [], palette: [UInt8] = [], data: [UInt8] = []
        while position + 8 <= bytes.count {
            let length = number(position), type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let body = Array(bytes[(position + 8)..<(position + 8 + length)])
            switch type {
            case "IHDR": header = body
            case "PLTE": palette = body
            case "IDAT": data += body
            default: break
            }
            position += 12 + length
        }
        guard header.count == 13 else { throw Unsupported(description: "no IHDR") }
        width = number(16)
        height = number(20)
        let depth = header[8], colorType = header[9], interlace = header[12]
        let channels: Int
        switch colorType {
        case 2: channels = 3
        case 3: channels = 1
        case 6: channels = 4
        default: throw Unsupported(description: "colour type \(colorType)")
        }
        guard depth == 8, interlace == 0 else { throw Unsupported(description: "depth \(depth), interlace \(interlace)") }
        let raw = try Inflate.zlib(data), stride = width * channels
        guard raw.count >= (stride + 1) * height else { throw Unsupported(description: "short image data") }
        var pixels = [UInt8](repeating: 0, count: stride * height)
        for y in 0..<height {
            let filter = raw[y * (stride + 1)]
            for i in 0..<stride {
                let x = raw[y * (stride + 1) + 1 + i]
                let a = i >= channels ? Int(pixels[y * stride + i - channels]) : 0
                let b = y > 0 ? Int(pixels[(y - 1) * stride + i]) : 0
                let c = i >= channels && y > 0 ? Int(pixels[(y - 1) * stride + i - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = a
                case 2: predicted = b
                case 3: predicted = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw Unsupported(description: "filter \(filter)")
                }
                pixels[y * stride + i] = x &+ UInt8(truncatingIfNeeded: predicted)
            }
        }
        var rgb: [UInt8] = []
        rgb.reserveCapacity(width * height * 3)
        for p in 0..<(width * height) {
            switch channels {
            case 1:
                let index = Int(pixels[p]) * 3
                rgb += palette[index..<(index + 3)]
            default: rgb += pixels[(p * channels)..<(p * channels + 3)]
            }
        }
        self.rgb = rgb
    }

    /// The colour of pixel (x, y).
    public func pixel(x: Int, y: Int) -> (red: Int, green: Int, blue: Int) {
        let i = (y * width + x) * 3
        return (Int(rgb[i]), Int(rgb[i + 1]), Int(rgb[i + 2]))
    }
}
