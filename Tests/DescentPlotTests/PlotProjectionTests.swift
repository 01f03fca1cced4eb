import DescentCore
import Testing

@testable import DescentPlot

@Suite struct PlotProjectionTests {
    /// A 4 × 2 box into 400 × 400 pixels: 100 pixels a unit (the width decides), y up.
    @Test func fittingAViewKeepsItsShape() {
        let map = PlotProjection(fitting: ViewBox(x: -2...2, y: 0...2), left: 10, top: 20, width: 400, height: 400)
        #expect(map.scale == 0.01)
        #expect(map.width == 400 && map.height == 200)
        #expect(map.picture(Vector2(-2, 2)) == Vector2(10, 20))
        #expect(map.picture(Vector2(2, 0)) == Vector2(410, 220))
        #expect(map.plane(x: 210, y: 120) == Vector2(0, 1))
        #expect(map.visible == ViewBox(x: -2...2, y: 0...2))
    }

    /// From an origin and a scale, as the terminal's map sets it up: pixel (0.5, 0.5) is the
    /// centre of the top left pixel.
    @Test func fromAnOrigin() {
        let map = PlotProjection(origin: Vector2(-1, 1), scale: 0.5, width: 4, height: 4)
        #expect(map.plane(x: 0.5, y: 0.5) == Vector2(-0.75, 0.75))
        #expect(map.picture(Vector2(1, -1)) == Vector2(4, 4))
        #expect(map.visible == ViewBox(x: -1...1, y: -1...1))
    }

    @Test func lossScaleSpansTheNumbersOnly() {
        let scale = LogLossScale(spanning: [3, .nan, 1, .infinity, 2])
        #expect(scale?.low == 1 && scale?.high == 3)
        #expect(LogLossScale(spanning: [.nan, 5]) == nil)
        #expect(LogLossScale.rampPosition(of: .infinity, on: scale) == 1)
        #expect(LogLossScale.rampPosition(of: 1, on: scale) == 0)
        #expect(LogLossScale.rampPosition(of: 2, on: nil) == 0)
        #expect(LogLossScale.rampPosition(of: .nan, on: scale).isNaN)
    }
}
