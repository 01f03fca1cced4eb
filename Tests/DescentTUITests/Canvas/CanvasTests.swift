import Testing

@testable import DescentTUI

@Suite struct CanvasTests {
    @Test func brailleBitsFollowUnicode() {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        #expect(canvas.glyph(column: 0, row: 0) == nil)
        canvas.set(x: 0, y: 0, .run(0))
        #expect(canvas.glyph(column: 0, row: 0) == "⠁")
        canvas.set(x: 0, y: 3, .run(0))
        canvas.set(x: 1, y: 3, .run(1))
        // Dots 1, 7 and 8: 1 + 64 + 128.
        #expect(canvas.glyph(column: 0, row: 0) == Unicode.Scalar(0x2800 + 193))
        #expect(canvas.color(column: 0, row: 0) == .run(1))
    }

    @Test func linesAreClippedToTheCanvas() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.line(from: (-1e15, 1), to: (1e15, 1), .run(0))
        #expect(canvas.glyph(column: 0, row: 0) == "⠒" && canvas.glyph(column: 1, row: 0) == "⠒")
        canvas.line(from: (0, 100), to: (3, 200), .run(0))
        canvas.line(from: (.nan, 0), to: (1, 1), .run(0))
        #expect(canvas.glyph(column: 0, row: 0) == "⠒")
    }

    @Test func segmentClipping() {
        let box = (x: 0.0...10.0, y: 0.0...10.0)
        let clipped = SegmentClipper.clip((-5, 5), (15, 5), to: box)
        #expect(clipped?.0.x == 0 && clipped?.1.x == 10)
        #expect(SegmentClipper.clip((-5, -5), (-1, 20), to: box) == nil)
        #expect(SegmentClipper.clip((.infinity, 0), (1, 1), to: box) == nil)
    }
}
