@testable import DescentCore
import Foundation
import Testing

/// Optimizers on a quadratic, where their paths have closed forms (REFERENCE.md A7).
@Suite("Closed forms on quadratics")
struct QuadraticClosedFormTests {
    let bowl = Quadratic(eigenvalues: Vector2(2, 0.25), angle: 30, center: Vector2(0.5, -0.25))
    var u: Vector2 { Vector2(cos(.pi / 6), sin(.pi / 6)) }
    var v: Vector2 { Vector2(-sin(.pi / 6), cos(.pi / 6)) }

    @Test func gradientDescentShrinksEachEigendirectionBy1MinusLrLambda() throws {
        let lr = 0.3, a = 1.2, b = -0.8
        let start = bowl.center + a * u + b * v
        let sink = try simulate(.quadratic(bowl), steps: 60, runs: [
            RunSpec(label: "gd", optimizer: .sgd(SGD()), lr: lr, start: .fixed(start)),
        ])
        for sample in sink.samples {
            let k = Double(sample.step)
            let expected = bowl.center + (a * pow(1 - lr * 2, k)) * u + (b * pow(1 - lr * 0.25, k)) * v
            #expect(isClose(sample.position, expected, relative: 1e-12, absolute: 1e-15), "step \(sample.step)")
        }
    }

    @Test func momentumFollowsTheHeavyBallRecurrence() throws {
        let lr = 0.2, mu = 0.7
        let start = bowl.center + Vector2(1.5, 1)
        let sink = try simulate(.quadratic(bowl), steps: 80, runs: [
            RunSpec(label: "hb", optimizer: .momentum(Momentum(momentum: mu)), lr: lr, start: .fixed(start)),
        ])
        // Polyak: x_{k+1} = x_k − α∇f(x_k) + β(x_k − x_{k−1}), x_{−1} = x_0.
        var previous = start, current = start
        for sample in sink.samples {
            #expect(isClose(sample.position, current, relative: 1e-12, absolute: 1e-14), "step \(sample.step)")
            let next = current - lr * bowl.gradient(at: current) + mu * (current - previous)
            previous = current
            current = next
        }
    }

    @Test func nesterovFollowsTheLookAheadRecurrence() throws {
        let lr = 0.2, mu = 0.8
        let start = bowl.center + Vector2(-1, 1.5)
        let sink = try simulate(.quadratic(bowl), steps: 80, runs: [
            RunSpec(label: "nag", optimizer: .nesterov(Nesterov(momentum: mu)), lr: lr, start: .fixed(start)),
        ])
        // PyTorch's parameters are the look-ahead points y_k of
        // x_{k+1} = y_k − α∇f(y_k), y_{k+1} = x_{k+1} + β(x_{k+1} − x_k), y_0 = x_0.
        var x = start, y = start
        for sample in sink.samples {
            #expect(isClose(sample.position, y, relative: 1e-12, absolute: 1e-14), "step \(sample.step)")
            let next = y - lr * bowl.gradient(at: y)
            y = next + mu * (next - x)
            x = next
        }
    }

    @Test func heavyBallAtOptimalParametersConvergesAtRateSqrtKappaMinus1OverPlus1() throws {
        let big = 1.0, small = 0.01  // κ = 100
        let steep = Quadratic(eigenvalues: Vector2(big, small), angle: 20)
        let alpha = pow(2 / (big.squareRoot() + small.squareRoot()), 2)
        let beta = pow((big.squareRoot() - small.squareRoot()) / (big.squareRoot() + small.squareRoot()), 2)
        let sink = try simulate(.quadratic(steep), steps: 400, runs: [
            RunSpec(label: "hb", optimizer: .momentum(Momentum(momentum: beta)), lr: alpha, start: .fixed(Vector2(1, 1))),
        ])
        // Double roots: the error behaves like k·ρ^k, so fit the slope of log(error / k).
        let error = sink.samples.map { $0.position.norm }
        let k1 = 200, k2 = 400
        let slope = (log(error[k2] / Double(k2)) - log(error[k1] / Double(k1))) / Double(k2 - k1)
        let kappa = big / small
        let expected = (kappa.squareRoot() - 1) / (kappa.squareRoot() + 1)
        #expect(abs(exp(slope) - expected) < 1e-3, "fitted rate \(exp(slope)), theory \(expected)")
    }

    @Test func gradientDescentAtTwoOverLPlusMuConvergesAtKappaMinus1OverPlus1() throws {
        let steep = Quadratic(eigenvalues: Vector2(1, 0.1))
        let sink = try simulate(.quadratic(steep), steps: 100, runs: [
            RunSpec(label: "gd", optimizer: .sgd(SGD()), lr: 2 / 1.1, start: .fixed(Vector2(0, 1))),
        ])
        let error = sink.samples.map { $0.position.norm }
        #expect(isClose(error[100] / error[99], 9 / 11.0, relative: 1e-9))
    }
}
