import Testing

@testable import DescentPlot

@Suite struct PlotColorsTests {
    @Test func heatRampRunsFromViridisPurpleToYellow() {
        #expect(HeatRamp.colors.count == 256)
        #expect(HeatRamp.colors.first == RGB(68, 1, 84))
        #expect(HeatRamp.colors.last == RGB(253, 231, 37))
    }

    @Test func rampLevelsTruncateAndClamp() {
        #expect(HeatRamp.level(atPosition: 0) == 0)
        #expect(HeatRamp.level(atPosition: 0.5) == 127)
        #expect(HeatRamp.level(atPosition: 1) == 255)
        #expect(HeatRamp.level(atPosition: -3) == 0)
        #expect(HeatRamp.level(atPosition: 7) == 255)
        #expect(HeatRamp.level(atPosition: .nan) == 255)
    }

    @Test func runColorsRepeatEveryEight() {
        #expect(RunColors.color(ofRun: 0) == RGB(255, 255, 255))
        #expect(RunColors.color(ofRun: 1) == RGB(255, 95, 95))
        #expect(RunColors.color(ofRun: 9) == RunColors.color(ofRun: 1))
        #expect(RunColors.color(ofRun: -1) == RunColors.color(ofRun: 7))
    }
}
