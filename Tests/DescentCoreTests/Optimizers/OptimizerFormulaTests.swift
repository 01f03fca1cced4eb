@testable import DescentCore
import Foundation
import Testing

/// Single updates against PyTorch's formulas (REFERENCE.md A1, A2, A8), written out by hand.
@Suite("Optimizer formulas")
struct OptimizerFormulaTests {
    let g1 = Vector2(0.5, -2), g2 = Vector2(-1, 0.25)

    @Test func momentumBufferStartsAsTheUndampedGradient() {
        var opt = Momentum(momentum: 0.9, dampening: 0.5)
        var p = Vector2(1, 1)
        opt.update(&p, gradient: g1, lr: 0.1)
        #expect(p == Vector2(1 - 0.1 * 0.5, 1 + 0.1 * 2))
        opt.update(&p, gradient: g2, lr: 0.1)
        let buf = 0.9 * g1 + 0.5 * g2
        #expect(isClose(p, Vector2(1 - 0.05, 1.2) - 0.1 * buf, relative: 1e-15))
    }

    @Test func nesterovStepsAlongGradientPlusMomentumTimesBuffer() {
        var opt = Nesterov(momentum: 0.9)
        var p = Vector2.zero
        opt.update(&p, gradient: g1, lr: 0.1)
        #expect(isClose(p, -0.1 * (g1 + 0.9 * g1), relative: 1e-15))
        let afterFirst = p
        opt.update(&p, gradient: g2, lr: 0.1)
        let buf = 0.9 * g1 + g2
        #expect(isClose(p, afterFirst - 0.1 * (g2 + 0.9 * buf), relative: 1e-15))
    }

    @Test func adamTwoStepsByHand() {
        var opt = Adam(betas: Vector2(0.9, 0.999), eps: 1e-8)
        var p = Vector2(1, -1)
        opt.update(&p, gradient: g1, lr: 0.01)
        // t = 1: m̂ = g, v̂ = g², so the step is lr·g/(|g| + eps).
        #expect(isClose(p.x, 1 - 0.01 * 0.5 / (0.5 + 1e-8), relative: 1e-14))
        #expect(isClose(p.y, -1 + 0.01 * 2 / (2 + 1e-8), relative: 1e-14))
        let p1 = p
        opt.update(&p, gradient: g2, lr: 0.01)
        for (i, (a, b)) in [(g1.x, g2.x), (g1.y, g2.y)].enumerated() {
            let m = 0.9 * (0.1 * a) + 0.1 * b
            let v = 0.999 * (0.001 * a * a) + 0.001 * b * b
            let mHat = m / (1 - 0.81), vHat = v / (1 - 0.999 * 0.999)
            let expected = (i == 0 ? p1.x : p1.y) - 0.01 * mHat / (vHat.squareRoot() + 1e-8)
            #expect(isClose(i == 0 ? p.x : p.y, expected, relative: 1e-12))
        }
    }

    @Test func rmspropByHand() {
        var opt = RMSprop(alpha: 0.9, eps: 1e-8)
        var p = Vector2.zero
        opt.update(&p, gradient: g1, lr: 0.01)
        let v = Vector2(0.1 * 0.25, 0.1 * 4)
        #expect(isClose(p, Vector2(-0.01 * 0.5 / (v.x.squareRoot() + 1e-8), 0.01 * 2 / (v.y.squareRoot() + 1e-8)), relative: 1e-14))
    }

    @Test func rmspropCenteredWithMomentumByHand() {
        var opt = RMSprop(alpha: 0.5, eps: 0, momentum: 0.5, centered: true)
        var p = Vector2.zero
        opt.update(&p, gradient: Vector2(2, 2), lr: 1)
        // v = 0.5·4 = 2, ḡ = 0.5·2 = 1, variance 2 − 1 = 1: step g/1 = 2.
        #expect(p == Vector2(-2, -2))
        opt.update(&p, gradient: Vector2(2, 2), lr: 1)
        // v = 0.5·2 + 2 = 3, ḡ = 0.5 + 1 = 1.5, variance 0.75; buf = 0.5·2 + 2/√0.75.
        let step = 1 + 2 / 0.75.squareRoot()
        #expect(isClose(p.x, -2 - step, relative: 1e-15))
    }

    @Test func adagradByHand() {
        var opt = Adagrad(lrDecay: 0.5, eps: 1e-10, initialAccumulatorValue: 0.1)
        var p = Vector2.zero
        opt.update(&p, gradient: g1, lr: 0.1)
        #expect(isClose(p.x, -0.1 * 0.5 / ((0.1 + 0.25).squareRoot() + 1e-10), relative: 1e-14))
        let x1 = p.x
        opt.update(&p, gradient: g2, lr: 0.1)
        // t = 2: clr = lr/(1 + lr_decay).
        #expect(isClose(p.x, x1 + (0.1 / 1.5) * 1 / ((0.1 + 0.25 + 1).squareRoot() + 1e-10), relative: 1e-14))
    }

    @Test func resetMomentumForgetsVelocity() {
        var opt = Momentum(momentum: 0.9)
        var p = Vector2.zero
        opt.update(&p, gradient: g1, lr: 0.1)
        opt.resetMomentum()
        let before = p
        opt.update(&p, gradient: g2, lr: 0.1)
        #expect(isClose(p, before - 0.1 * g2, relative: 1e-15))
    }
}
