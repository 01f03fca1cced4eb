@testable import DescentCore

/// Each built-in landscape, with default parameters, typed as an expression.
let typedBuiltIns: [(name: String, builtIn: AnyLandscape, source: String)] = [
    ("rosenbrock", .rosenbrock(Rosenbrock()), "(1 - x)^2 + 100*(y - x^2)^2"),
    ("beale", .beale(Beale()), "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2"),
    ("himmelblau", .himmelblau(Himmelblau()), "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
    ("booth", .booth(Booth()), "(x + 2*y - 7)^2 + (2*x + y - 5)^2"),
    ("rastrigin", .rastrigin(Rastrigin()), "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)"),
    (
        "ackley", .ackley(Ackley()),
        "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + 20 + e"
    ),
    (
        "goldstein_price", .goldsteinPrice(GoldsteinPrice()),
        "(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))"
            + " * (30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))"
    ),
    ("matyas", .matyas(Matyas()), "0.26*(x^2 + y^2) - 0.48*x*y"),
    ("three_hump_camel", .threeHumpCamel(ThreeHumpCamel()), "2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2"),
    ("six_hump_camel", .sixHumpCamel(SixHumpCamel()), "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2"),
    ("styblinski_tang", .styblinskiTang(StyblinskiTang()), "0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)"),
    ("quadratic", .quadratic(Quadratic()), "0.5*x^2 + 0.05*y^2"),
]

func typed(_ name: String) -> (builtIn: AnyLandscape, expression: Expression) {
    let entry = typedBuiltIns.first { $0.name == name }!
    return (entry.builtIn, try! Expression(entry.source))
}
