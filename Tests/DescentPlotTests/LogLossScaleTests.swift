import Foundation
import Testing

@testable import DescentPlot

@Suite struct LogLossScaleTests {
    @Test func threeDecadesFromLowToHigh() throws {
        let scale = try #require(LogLossScale(low: 0, high: 1000))
        #expect(scale.position(0) == 0)
        #expect(abs(scale.position(1000) - 1) < 1e-12)
        // log(1 + 1) − log(1) over log(1001): about a tenth of the way up.
        #expect(abs(scale.position(1) - log(2) / log(1001)) < 1e-12)
        for position in [0.0, 0.25, 0.5, 1] {
            #expect(abs(scale.position(scale.value(atPosition: position)) - position) < 1e-12)
        }
    }

    /// Iso-lines at 1-2-5 steps above the lowest loss in view, from δ to the top.
    @Test func contoursAtOneTwoFiveAboveTheLow() throws {
        let scale = try #require(LogLossScale(low: -10, high: 90))
        let expected = [0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]
        #expect(scale.contourValues.count == expected.count)
        #expect(zip(scale.contourValues, expected).allSatisfy { abs($0 + 10 - $1) < 1e-12 })
    }

    @Test func noScaleForAFlatView() {
        #expect(LogLossScale(low: 1, high: 1) == nil)
        #expect(LogLossScale(low: .nan, high: 1) == nil)
    }
}
