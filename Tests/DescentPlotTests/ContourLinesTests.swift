import DescentCore
import Testing

@testable import DescentPlot

@Suite struct ContourLinesTests {
    /// x² + y² on a 9 × 9 grid centred on the origin: the level 4 is a circle of radius 2,
    /// one closed line through every piece.
    @Test func aBowlGivesOneClosedRing() {
        let values = (0..<81).map { i -> Double in
            let x = Double(i % 9 - 4), y = Double(i / 9 - 4)
            return x * x + y * y
        }
        let segments = MarchingSquares.segments(in: SampledField(width: 9, height: 9, values: values), at: 4.5)
        let lines = ContourLines.join(segments)
        #expect(lines.count == 1)
        #expect(lines[0].first == lines[0].last)
        #expect(lines[0].count == segments.count + 1)
        for point in lines[0] {
            let r = ((point.x - 4) * (point.x - 4) + (point.y - 4) * (point.y - 4)).squareRoot()
            #expect(abs(r - 4.5.squareRoot()) < 0.25)
        }
    }

    /// A ramp in x: the level 1.5 crosses every row once, one open line from top to bottom.
    @Test func aRampGivesOneOpenLine() {
        let values = (0..<20).map { Double($0 % 4) }
        let segments = MarchingSquares.segments(in: SampledField(width: 4, height: 5, values: values), at: 1.5)
        let lines = ContourLines.join(segments)
        #expect(lines == [[Vector2(1.5, 0), Vector2(1.5, 1), Vector2(1.5, 2), Vector2(1.5, 3), Vector2(1.5, 4)]]
            || lines == [[Vector2(1.5, 4), Vector2(1.5, 3), Vector2(1.5, 2), Vector2(1.5, 1), Vector2(1.5, 0)]])
    }

    @Test func nothingToJoin() {
        #expect(ContourLines.join([]).isEmpty)
    }
}
