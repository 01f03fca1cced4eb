@testable import DescentCore
import DescentPlot
import DescentTestSupport
import Testing

@testable import DescentExport

@Suite struct SVGPartsTests {
    @Test func fixedDecimals() {
        #expect(FixedDecimal.format(1.005, decimals: 2) == "1.00" || FixedDecimal.format(1.005, decimals: 2) == "1.01")
        #expect(FixedDecimal.format(-0.004, decimals: 2) == "0.00")
        #expect(FixedDecimal.format(-12.5, decimals: 1) == "-12.5")
        #expect(FixedDecimal.format(3, decimals: 0) == "3")
        #expect(FixedDecimal.format(.nan, decimals: 1) == "0.0")
        #expect(FixedDecimal.format(1e300, decimals: 2) == "1000000000.00")
        #expect(FixedDecimal.tick(0.5, step: 0.5) == "0.5")
        #expect(FixedDecimal.tick(-1, step: 0.05) == "-1.00")
        #expect(FixedDecimal.tick(2000, step: 500) == "2000")
    }

    @Test func base64OfRFC4648() {
        #expect(Base64.encode(Array("".utf8)) == "")
        #expect(Base64.encode(Array("f".utf8)) == "Zg==")
        #expect(Base64.encode(Array("fo".utf8)) == "Zm8=")
        #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
    }

    @Test func crcOfTheCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    /// Runs long and short, every byte value: what goes in comes out.
    @Test func deflateRoundTrips() throws {
        var random = SplitMix64(seed: 7)
        var data: [UInt8] = []
        for _ in 0..<400 {
            let byte = UInt8(truncatingIfNeeded: random.next()), run = Int(random.next() % 600)
            data += [UInt8](repeating: byte, count: run)
        }
        #expect(try Inflate.zlib(RunLengthDeflate.zlib(data)) == data)
        #expect(try Inflate.zlib(RunLengthDeflate.zlib([])) == [])
        #expect(RunLengthDeflate.zlib([UInt8](repeating: 0, count: 100_000)).count < 2_000)
    }

    @Test func pngRoundTrips() throws {
        let pixels = (0..<(7 * 5)).map { UInt8(($0 * 37) % 256) }
        let png = try DecodedPNG(IndexedPNG(width: 7, height: 5, palette: HeatRamp.colors, pixels: pixels).bytes)
        #expect(png.width == 7 && png.height == 5)
        let color = HeatRamp.colors[Int(pixels[3 * 7 + 4])]
        #expect(png.pixel(x: 4, y: 3) == (Int(color.red), Int(color.green), Int(color.blue)))
    }

    @Test func textIsEscaped() {
        #expect(SVGDocument.escaped("a<b & \"c\" 'd'>\u{1}") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\u{FFFD}")
    }
}
