/// A landscape typed as a formula in x and y, such as `(a - x)^2 + b*(y - x^2)^2`.
///
/// Compiled once to a tape; value and exact gradient come from it (reverse-mode automatic
/// differentiation), with PyTorch's conventions where a derivative is undefined.
/// `ExpressionGrammar.summary` documents what may be typed.
public struct Expression: Landscape, Hashable {
    /// The formula as typed.
    public let source: String
    public let parameters: [ExpressionParameter]
    let tape: ExpressionTape
    private(set) var minima: [KnownMinimum]
    /// Whether `minima` came from `MinimumSearch` rather than from whoever typed the formula.
    private(set) var minimaAreFound = false

    /// Compiles `source`. `minima` are the known minima, global first; their values come from
    /// the expression.
    public init(
        _ source: String, parameters: [ExpressionParameter] = [], minima: [Vector2] = []
    ) throws(ExpressionError) {
        try Self.check(parameters)
        self.source = source
        self.parameters = parameters
        tape = try ExpressionParser.compile(source, parameters: parameters.map { ($0.name, $0.value) })
        self.minima = minima.map { [tape] in KnownMinimum($0, value: tape.value(at: $0)) }
    }

    /// This expression with its minima searched for in `view`, when none were given: they
    /// then serve as known ones do (distance, f* for Polyak, basins), marked as found.
    func findingMinima(in view: ViewBox) -> Expression {
        guard minima.isEmpty || minimaAreFound else { return self }
        var found = self
        found.minima = MinimumSearch.minima(of: self, in: view)
        found.minimaAreFound = true
        return found
    }

    // Inlined down to the sweeps, which take only the steps' pointer: a call that took the
    // expression would retain and release its arrays and strings at every step of a run.
    @inline(__always)
    func value(at p: Vector2) -> Double { tape.value(at: p) }

    @inline(__always)
    func gradient(at p: Vector2) -> Vector2 { tape.valueAndGradient(at: p).gradient }

    var defaultView: ViewBox { ViewBox(x: -3...3, y: -3...3) }
    /// Off both axes and the diagonal, where typed functions are often symmetric.
    var defaultStart: Vector2 { Vector2(-2, 1.5) }

    /// What the lexer reads as one name.
    private static func isName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, !("0"..."9").contains(first) else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static let reservedNames = ["x", "y", "pi", "e"]

    private static func check(_ parameters: [ExpressionParameter]) throws(ExpressionError) {
        var seen: Set<String> = []
        for (index, parameter) in parameters.enumerated() {
            let name = parameter.name
            if reservedNames.contains(name) {
                throw ExpressionError(
                    "a parameter cannot be named '\(name)': x, y, pi and e are taken", parameter: index)
            }
            if ExpressionFunction(rawValue: name) != nil {
                throw ExpressionError("a parameter cannot be named '\(name)', a function's name", parameter: index)
            }
            guard isName(name) else {
                throw ExpressionError(
                    "parameter '\(name)' is not a name: letters, digits and _, not starting with a digit",
                    parameter: index)
            }
            guard seen.insert(name).inserted else {
                throw ExpressionError("parameter '\(name)' is given twice", parameter: index)
            }
            guard parameter.value.isFinite else {
                throw ExpressionError("parameter '\(name)' must be a finite number", parameter: index)
            }
        }
    }
}

/// A named constant of an expression: `a` in `(a - x)^2`.
public struct ExpressionParameter: Hashable, Sendable {
    public var name: String
    public var value: Double

    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}
