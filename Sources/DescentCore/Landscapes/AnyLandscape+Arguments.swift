extension AnyLandscape {
    /// The values that rebuild this built-in from its catalog entry, in catalog order (none for
    /// a landscape without parameters, nor for a typed expression, whose constants are its own).
    public var arguments: [(name: String, value: ParameterValue)] {
        switch self {
        case .rosenbrock(let l):
            return [("a", .number(l.a)), ("b", .number(l.b))]
        case .quadratic(let l):
            return [("eigenvalues", .pair(l.eigenvalues)), ("angle", .number(l.angle)), ("center", .pair(l.center))]
        case .saddle(let l):
            return [("a", .number(l.a)), ("b", .number(l.b))]
        case .monkeySaddle, .beale, .himmelblau, .booth, .matyas, .threeHumpCamel, .sixHumpCamel, .rastrigin,
            .ackley, .styblinskiTang, .goldsteinPrice, .expression:
            return []
        }
    }
}
