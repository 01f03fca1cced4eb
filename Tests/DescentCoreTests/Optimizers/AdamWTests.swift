@testable import DescentCore
import Foundation
import Testing

/// AdamW and amsgrad against torch's `_single_tensor_adam` (REFERENCE.md A9), by hand.
@Suite("AdamW and amsgrad")
struct AdamWTests {
    let g1 = Vector2(0.5, -2), g2 = Vector2(-1, 0.25), g3 = Vector2(0.01, 0.01)

    /// torch's step with moments m, v (or vmax) after t updates.
    func adamStep(m: Double, v: Double, t: Int, lr: Double, eps: Double = 1e-8) -> Double {
        let stepSize = lr / (1 - pow(0.9, Double(t)))
        return stepSize * m / (v.squareRoot() / (1 - pow(0.999, Double(t))).squareRoot() + eps)
    }

    @Test func adamwDecaysTheWeightsBeforeTheAdamStep() {
        var opt = Adam.adamW(weightDecay: 0.1)
        var p = Vector2(1, -1)
        opt.update(&p, gradient: g1, lr: 0.01)
        // p *= 1 − lr·wd, then the t = 1 Adam step lr·g/(|g| + eps); the gradient is not decayed.
        #expect(isClose(p.x, 1 * (1 - 0.001) - adamStep(m: 0.05, v: 0.00025, t: 1, lr: 0.01), relative: 1e-14))
        #expect(isClose(p.y, -1 * (1 - 0.001) - adamStep(m: -0.2, v: 0.004, t: 1, lr: 0.01), relative: 1e-14))
        let p1 = p
        opt.update(&p, gradient: g2, lr: 0.01)
        let m = 0.9 * 0.05 + 0.1 * -1, v = 0.999 * 0.00025 + 0.001 * 1
        #expect(isClose(p.x, p1.x * (1 - 0.001) - adamStep(m: m, v: v, t: 2, lr: 0.01), relative: 1e-14))
    }

    @Test func adamwDefaultsAreTorchs() throws {
        let adamw = try #require(OptimizerCatalog.entry(named: "adamw")).make()
        #expect(adamw == .adam(Adam.adamW(weightDecay: 0.01)))
        #expect(adamw.name == "adamw")
        #expect(adamw.decouplesWeightDecay)
        #expect(!AnyOptimizer.adam(Adam()).decouplesWeightDecay)
    }

    @Test func amsgradDividesByTheLargestSecondMomentSoFar() {
        var plain = Adam(), ams = Adam(amsgrad: true)
        var p = Vector2(1, -1), q = Vector2(1, -1)
        for g in [g1, g2] {
            plain.update(&p, gradient: g, lr: 0.01)
            ams.update(&q, gradient: g, lr: 0.01)
        }
        // While v only grows, vmax is v: both agree.
        #expect(p == q)
        let before = q
        ams.update(&q, gradient: g3, lr: 0.01)
        // v.y shrinks at the small third gradient: amsgrad keeps the second step's v.y.
        let vy2 = 0.999 * (0.001 * 4) + 0.001 * 0.0625, vy3 = 0.999 * vy2 + 0.001 * 0.0001
        #expect(vy3 < vy2)
        let my3 = 0.9 * (0.9 * -0.2 + 0.1 * 0.25) + 0.1 * 0.01
        #expect(isClose(q.y, before.y - adamStep(m: my3, v: vy2, t: 3, lr: 0.01), relative: 1e-14))
    }

    /// Five steps on ½(x² + 10y²) from (1, 1), as torch 2.15 computes them in float64.
    @Test func fiveStepsAsTorch() {
        func run(_ optimizer: Adam) -> Vector2 {
            var opt = optimizer, p = Vector2(1, 1)
            for _ in 0..<5 { opt.update(&p, gradient: Vector2(p.x, 10 * p.y), lr: 0.1) }
            return p
        }
        // torch.optim.AdamW(lr=0.1, weight_decay=0.1, amsgrad=True)
        #expect(isClose(run(.adamW(weightDecay: 0.1, amsgrad: true)), Vector2(0.4699526596188067, 0.469952654890928), relative: 1e-14))
        // torch.optim.AdamW(lr=0.1): weight_decay 0.01 by default.
        #expect(isClose(run(.adamW()), Vector2(0.5040800927472017, 0.5040800879605402), relative: 1e-14))
    }
}
