@testable import DescentCore
import Foundation
import Testing

@Suite("Maps, rate fit")
struct RateFitTests {
    /// Steps a hair inside the window's edges count and steps a hair outside do not, though the
    /// fit rules steps out from their squares first: the least-squares slope over exactly the
    /// steps inside, from its closed form.
    @Test func stepsJustInsideTheWindowCountAndStepsJustOutsideDoNot() {
        var fit = RateFit(target: .zero)
        let direction = Vector2(0.6, 0.8)  // unit length: distances are the scalars below, to rounding
        let geometric: [(step: Int, distance: Double)] = (2..<30).map { ($0, 0.1 * pow(0.5, Double($0))) }
        let edges: [(step: Int, distance: Double)] = [(1, 0.1 * (1 - 1e-7)), (40, 1e-12 * (1 + 1e-7))]
        let inside = edges + geometric
        let outside: [(step: Int, distance: Double)] = [(31, 0.1 * (1 + 1e-7)), (32, 1e-12 * (1 - 1e-7)), (33, 2.0)]
        fit.add(step: 0, at: direction)
        for (step, distance) in (inside + outside).sorted(by: { $0.step < $1.step }) {
            fit.add(step: step, at: distance * direction)
        }
        let k = inside.map { Double($0.step) }, y = inside.map { log($0.distance) }
        let meanK = k.reduce(0, +) / Double(k.count), meanY = y.reduce(0, +) / Double(y.count)
        let sxy: Double = zip(k, y).map { ($0 - meanK) * ($1 - meanY) }.reduce(0, +)
        let sxx: Double = k.map { ($0 - meanK) * ($0 - meanK) }.reduce(0, +)
        let slope = sxy / sxx
        #expect(abs(fit.rate! - exp(slope)) <= 1e-9 * exp(slope))
    }
}
