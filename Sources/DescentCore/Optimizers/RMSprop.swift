/// torch.optim.RMSprop: divide by a running RMS of the gradient (REFERENCE.md A8).
public struct RMSprop: Optimizer, Hashable {
    var alpha: Double
    var eps: Double
    var momentum: Double
    var centered: Bool
    private(set) var squareAverage = Vector2.zero
    private(set) var gradientAverage = Vector2.zero
    private(set) var buffer = Vector2.zero

    var name: String { "rmsprop" }
    var momentumCoefficient: Double? { momentum }
    var settings: [String: ParameterValue] {
        ["alpha": .number(alpha), "eps": .number(eps), "momentum": .number(momentum), "centered": .boolean(centered)]
    }

    func withMomentumCoefficient(_ momentum: Double) -> RMSprop {
        RMSprop(alpha: alpha, eps: eps, momentum: momentum, centered: centered)
    }

    init(alpha: Double = 0.99, eps: Double = 1e-8, momentum: Double = 0, centered: Bool = false) {
        self.alpha = alpha
        self.eps = eps
        self.momentum = momentum
        self.centered = centered
    }

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        squareAverage = alpha * squareAverage + (1 - alpha) * Vector2(g.x * g.x, g.y * g.y)
        var variance = squareAverage
        if centered {
            gradientAverage = alpha * gradientAverage + (1 - alpha) * g
            variance -= Vector2(gradientAverage.x * gradientAverage.x, gradientAverage.y * gradientAverage.y)
        }
        let scaled = Vector2(g.x / (variance.x.squareRoot() + eps), g.y / (variance.y.squareRoot() + eps))
        if momentum > 0 {
            buffer = momentum * buffer + scaled
            position -= lr * buffer
        } else {
            position -= lr * scaled
        }
    }

    /// torch keeps `grad_avg` only when centered and `momentum_buffer` only with momentum.
    var namedState: [(name: String, value: Vector2)] {
        var state = [("square_avg", squareAverage)]
        if momentum > 0 { state.append(("momentum_buffer", buffer)) }
        if centered { state.append(("grad_avg", gradientAverage)) }
        return state
    }

    func repeatsUpdate(from earlier: RMSprop) -> Bool {
        squareAverage.isIdentical(to: earlier.squareAverage) && gradientAverage.isIdentical(to: earlier.gradientAverage)
            && buffer.isIdentical(to: earlier.buffer)
    }

    mutating func resetMomentum() {
        buffer = .zero
    }
}
