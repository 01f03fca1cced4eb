import Testing

@testable import DescentPlot

@Suite struct ContourLevelsTests {
    @Test func oneTwoFivePerDecade() {
        #expect(ContourLevels.levels(above: 0.001, through: 1) == [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1])
        #expect(ContourLevels.levels(above: 3, through: 60) == [5, 10, 20, 50])
    }

    @Test func emptyWithoutARange() {
        #expect(ContourLevels.levels(above: 0, through: 1).isEmpty)
        #expect(ContourLevels.levels(above: 2, through: 1).isEmpty)
        #expect(ContourLevels.levels(above: 1, through: .infinity).isEmpty)
    }

    @Test func decadesAreTheLevelsAtPowersOfTen() {
        let levels = ContourLevels.levels(above: 0.001, through: 1000)
        #expect(levels.filter(ContourLevels.isDecade) == [0.01, 0.1, 1, 10, 100, 1000])
    }
}
