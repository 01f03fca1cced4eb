import Testing

@testable import DescentPlot

@Suite struct AxesTests {
    @Test func niceNumbers() {
        #expect(NiceNumber.nearest(to: 300) == 200)
        #expect(NiceNumber.nearest(to: 400) == 500)
        #expect(NiceNumber.nearest(to: 0.07) == 0.05)
        #expect(NiceNumber.nearest(to: 8) == 10)
    }

    @Test func tickValues() {
        #expect(TickValues.values(in: -2...2, count: 4) == [-2, -1, 0, 1, 2])
        #expect(TickValues.values(in: -0.35...0.35, count: 3) == [-0.2, 0, 0.2])
        #expect(TickValues.values(in: 1...1, count: 3) == [])
        #expect(TickValues.step(in: -2...2, count: 4) == 1)
    }
}
