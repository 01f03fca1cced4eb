/// torch.optim.Adagrad: divide by the root of the summed squared gradients (REFERENCE.md A8).
public struct Adagrad: Optimizer, Hashable {
    var lrDecay: Double
    var eps: Double
    var initialAccumulatorValue: Double
    private(set) var sum: Vector2
    private(set) var t = 0

    var name: String { "adagrad" }
    var settings: [String: ParameterValue] {
        ["lr_decay": .number(lrDecay), "eps": .number(eps), "initial_accumulator_value": .number(initialAccumulatorValue)]
    }

    init(lrDecay: Double = 0, eps: Double = 1e-10, initialAccumulatorValue: Double = 0) {
        self.lrDecay = lrDecay
        self.eps = eps
        self.initialAccumulatorValue = initialAccumulatorValue
        sum = Vector2(initialAccumulatorValue, initialAccumulatorValue)
    }

    var namedState: [(name: String, value: Vector2)] { [("sum", sum)] }

    mutating func update(_ position: inout Vector2, gradient g: Vector2, lr: Double) {
        t += 1
        let clr = lr / (1 + Double(t - 1) * lrDecay)
        sum += Vector2(g.x * g.x, g.y * g.y)
        position.x -= clr * g.x / (sum.x.squareRoot() + eps)
        position.y -= clr * g.y / (sum.y.squareRoot() + eps)
    }

    /// lr_decay divides the lr by a count of updates, so only without it can an update repeat.
    func repeatsUpdate(from earlier: Adagrad) -> Bool {
        lrDecay == 0 && sum.isIdentical(to: earlier.sum)
    }

    mutating func skip(updates: Int) {
        t += updates
    }
}
