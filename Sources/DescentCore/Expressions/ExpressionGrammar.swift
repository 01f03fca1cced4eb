/// What may be typed in an expression, in words, from the same tables the parser reads:
/// `descent list` prints it.
public enum ExpressionGrammar {
    public static var lines: [String] {
        let unary = ExpressionFunction.allCases.filter { $0.arity == 1 }.map(\.rawValue)
        let binary = ExpressionFunction.allCases.filter { $0.arity == 2 }.map(\.rawValue)
        return [
            "numbers    3, 0.5, .5, 2., 1e-4, 1E+3",
            "names      x, y, pi, e, and the params",
            "operators  + - * / ^; ^ is right-associative and binds tighter than unary minus: -x^2 = -(x^2)",
            "functions  " + unary.joined(separator: " ") + " (one argument)",
            "           " + binary.joined(separator: " ") + " (two arguments: atan2(y, x))",
            "           write every product: 2*x, not 2x",
            "gradients  exact (automatic differentiation); where undefined, PyTorch's values:",
            "           abs'(0) = 0, sign' = floor' = ceil' = 0, sqrt'(0) = +inf, max/min split a tie half and half",
            "limits     \(ExpressionParser.maximumLength) characters, parentheses \(ExpressionParser.maximumDepth) deep",
        ]
    }
}
