@testable import DescentCore

/// Seeded random expressions for the gradient and fuzz tests.
struct RandomExpressions {
    var rng: Xoshiro256StarStar

    init(seed: UInt64) {
        rng = Xoshiro256StarStar(seed: seed, stream: 10)
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[Int(rng.next() % UInt64(choices.count))] }

    /// A formula differentiable almost everywhere: no kinks or jumps (abs, sign, floor, min, …).
    mutating func smooth(depth: Int = 4) -> String {
        if depth == 0 || rng.nextUnit() < 0.2 {
            return pick(["x", "y", "x", "y", "pi", "e", "0.5", "2", "1.5e-1", ".75", "3."])
        }
        switch rng.next() % 4 {
        case 0: return "(\(smooth(depth: depth - 1)) \(pick(["+", "-", "*"])) \(smooth(depth: depth - 1)))"
        case 1: return "\(pick(["sin", "cos", "tanh", "atan", "exp", "sinh"]))(\(smooth(depth: depth - 1)) / 3)"
        case 2: return "(\(smooth(depth: depth - 1)))^\(pick(["2", "3", "-1", "0.5"]))"
        default: return "-\(pick(["hypot", "atan2"]))(\(smooth(depth: depth - 1)), \(smooth(depth: depth - 1)) + 3)"
        }
    }

    /// A formula using every operation and function, constants on either side of each
    /// operator, defined or not (log of a negative, 0/0, …).
    mutating func anyOperation(depth: Int = 4) -> String {
        if depth == 0 || rng.nextUnit() < 0.2 { return pick(["x", "y", "x", "y", "0", "-0.5", "2", "3", "1e-3"]) }
        let a = anyOperation(depth: depth - 1), b = anyOperation(depth: depth - 1)
        switch rng.next() % 3 {
        case 0: return "(\(a) \(pick(["+", "-", "*", "/", "^"])) \(b))"
        case 1:
            let unary = ExpressionFunction.allCases.filter { $0.arity == 1 }.map(\.rawValue) + ["-", "(2)^"]
            return "\(pick(unary))(\(a))"
        default: return "\(pick(ExpressionFunction.allCases.filter { $0.arity == 2 }.map(\.rawValue)))(\(a), \(b))"
        }
    }

    /// Any sequence of the grammar's pieces, mostly not well formed.
    mutating func tokens(count: Int) -> String {
        let pieces = [
            "x", "y", "a", "pi", "e", "1", "2.5", ".5", "1e-3", "1e", "+", "-", "*", "/", "^", "(", ")", ",", " ",
            "sin", "atan2", "max", "log", "sqrt", "abs", "floor", "sinn", "é", "#", "**",
        ]
        return (0..<count).map { _ in pick(pieces) }.joined()
    }

    /// `source` with a few characters deleted, duplicated or replaced.
    mutating func mutated(_ source: String) -> String {
        var scalars = Array(source.unicodeScalars)
        for _ in 0..<(1 + rng.next() % 3) where !scalars.isEmpty {
            let i = Int(rng.next() % UInt64(scalars.count))
            switch rng.next() % 3 {
            case 0: scalars.remove(at: i)
            case 1: scalars.insert(scalars[i], at: i)
            default: scalars[i] = pick(Array("xy()+-*/^,.e0123456789 ".unicodeScalars))
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
