@testable import DescentCore
import Testing

/// PyTorch's and Sutskever's momentum forms agree at constant lr and part when lr changes (REFERENCE.md A2).
@Suite("Momentum forms")
struct MomentumFormTests {
    let landscape = AnyLandscape.rosenbrock(Rosenbrock())
    let start = StartPoint.fixed(Vector2(-1.5, 2))

    func paths(_ make: @Sendable (MomentumForm) -> AnyOptimizer, schedule: LearningRateSchedule) throws -> ([Vector2], [Vector2]) {
        let sink = try simulate(landscape, steps: 60, runs: [
            RunSpec(label: "pt", optimizer: make(.pytorch), lr: 2e-4, stepSize: .schedule(schedule), start: start),
            RunSpec(label: "sk", optimizer: make(.sutskever), lr: 2e-4, stepSize: .schedule(schedule), start: start),
        ])
        return (sink.positions(ofRun: 0), sink.positions(ofRun: 1))
    }

    static let optimizers: [@Sendable (MomentumForm) -> AnyOptimizer] = [
        { .momentum(Momentum(momentum: 0.9, dampening: 0.1, form: $0)) },
        { .nesterov(Nesterov(momentum: 0.9, form: $0)) },
    ]

    @Test(arguments: 0..<2)
    func agreeAtConstantLr(which: Int) throws {
        let (pt, sk) = try paths(Self.optimizers[which], schedule: LearningRateSchedule(.constant))
        for (a, b) in zip(pt, sk) { #expect(isClose(a, b, relative: 1e-12)) }
    }

    @Test(arguments: 0..<2)
    func partWhenTheLrDrops(which: Int) throws {
        let (pt, sk) = try paths(Self.optimizers[which], schedule: LearningRateSchedule(.step(stepSize: 20, gamma: 0.1)))
        for k in 0...20 { #expect(isClose(pt[k], sk[k], relative: 1e-12), "step \(k)") }
        // Step 21 is the first update at the dropped lr: PyTorch scales the velocity down with it.
        #expect((pt[21] - sk[21]).norm > 1e-6)
        #expect((pt[21] - pt[20]).norm < (sk[21] - sk[20]).norm)
    }
}
