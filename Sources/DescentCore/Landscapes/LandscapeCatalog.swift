/// Every built-in landscape by its scenario name, with parameters and a one-line summary.
/// Formulas, domains and minima follow REFERENCE.md A6.
public enum LandscapeCatalog: Catalog {
    public static let entries: [CatalogEntry<AnyLandscape>] = [
        CatalogEntry(
            "rosenbrock", "(a − x)² + b(y − x²)²: a curved valley, minimum 0 at (a, a²)",
            parameters: [
                .number("a", 1, help: "the minimum sits at (a, a²)"),
                .number("b", 100, .positive, help: "steepness of the valley walls"),
            ]
        ) { .rosenbrock(Rosenbrock(a: $0.number("a"), b: $0.number("b"))) },
        CatalogEntry(
            "quadratic", "½L(u·(z−c))² + ½μ(v·(z−c))², u = (cos θ, sin θ): a bowl with κ = L/μ",
            parameters: [
                .pair("eigenvalues", Vector2(1, 0.1), .positive, help: "[L, mu]: curvature along u and v"),
                .number("angle", 0, help: "θ in degrees: the direction u of L"),
                .pair("center", .zero, help: "the minimum c"),
            ]
        ) {
            .quadratic(Quadratic(eigenvalues: $0.pair("eigenvalues"), angle: $0.number("angle"), center: $0.pair("center")))
        },
        CatalogEntry(
            "saddle", "a·x² − b·y²: descent reaches the saddle (0, 0) only from y = 0",
            parameters: [
                .number("a", 1, .positive, help: "curvature along x (upwards)"),
                .number("b", 1, .positive, help: "curvature along y (downwards)"),
            ]
        ) { .saddle(Saddle(a: $0.number("a"), b: $0.number("b"))) },
        CatalogEntry("monkey_saddle", "x³ − 3xy²: a degenerate critical point at (0, 0), unbounded") { _ in
            .monkeySaddle(MonkeySaddle())
        },
        CatalogEntry("beale", "Beale: plateaus and ridges, minimum 0 at (3, 0.5)") { _ in .beale(Beale()) },
        CatalogEntry("himmelblau", "Himmelblau: four minima of value 0; the start decides which") { _ in
            .himmelblau(Himmelblau())
        },
        CatalogEntry("booth", "Booth: a tilted bowl, minimum 0 at (1, 3)") { _ in .booth(Booth()) },
        CatalogEntry("matyas", "Matyas: a flat diagonal valley (κ = 25), minimum 0 at (0, 0)") { _ in .matyas(Matyas()) },
        CatalogEntry("three_hump_camel", "three-hump camel: minimum 0 at (0, 0) between two local minima") { _ in
            .threeHumpCamel(ThreeHumpCamel())
        },
        CatalogEntry("six_hump_camel", "six-hump camel: minima −1.0316 at ±(0.0898, −0.7127) among four local ones") { _ in
            .sixHumpCamel(SixHumpCamel())
        },
        CatalogEntry("rastrigin", "Rastrigin: a bowl under a grid of local minima, minimum 0 at (0, 0)") { _ in
            .rastrigin(Rastrigin())
        },
        CatalogEntry("ackley", "Ackley: a rippled plain around a funnel, minimum 0 at the cusp (0, 0)") { _ in
            .ackley(Ackley())
        },
        CatalogEntry("styblinski_tang", "Styblinski–Tang: four basins, minimum −78.332 at (−2.9035, −2.9035)") { _ in
            .styblinskiTang(StyblinskiTang())
        },
        CatalogEntry("goldstein_price", "Goldstein–Price: six decades of loss, minimum 3 at (0, −1)") { _ in
            .goldsteinPrice(GoldsteinPrice())
        },
    ]

    /// Every landscape with its default parameters, in catalog order (what the TUI cycles through).
    public static var builtIns: [(name: String, landscape: AnyLandscape)] {
        entries.map { ($0.name, $0.make()) }
    }
}
