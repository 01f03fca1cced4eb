/// One of the built-in landscapes, chosen at run time.
///
/// Per-point calls (`value`, `gradient`) switch over the case, which is fine for drawing a
/// heatmap. The simulation loop instead calls `open(_:)` once per run, which hands the
/// concrete landscape to a generic visitor: in a release build each landscape gets its own
/// specialised loop.
public enum AnyLandscape: Hashable, Sendable {
    case rosenbrock(Rosenbrock)
    case quadratic(Quadratic)
    case saddle(Saddle)
    case monkeySaddle(MonkeySaddle)
    case beale(Beale)
    case himmelblau(Himmelblau)
    case booth(Booth)
    case matyas(Matyas)
    case threeHumpCamel(ThreeHumpCamel)
    case sixHumpCamel(SixHumpCamel)
    case rastrigin(Rastrigin)
    case ackley(Ackley)
    case styblinskiTang(StyblinskiTang)
    case goldsteinPrice(GoldsteinPrice)
    /// A formula typed by the user.
    case expression(Expression)

    /// Calls `visitor.visit` with the concrete landscape.
    func open<V: LandscapeVisitor>(_ visitor: V) throws(V.Failure) -> V.Result {
        switch self {
        case .rosenbrock(let l): return try visitor.visit(l)
        case .quadratic(let l): return try visitor.visit(l)
        case .saddle(let l): return try visitor.visit(l)
        case .monkeySaddle(let l): return try visitor.visit(l)
        case .beale(let l): return try visitor.visit(l)
        case .himmelblau(let l): return try visitor.visit(l)
        case .booth(let l): return try visitor.visit(l)
        case .matyas(let l): return try visitor.visit(l)
        case .threeHumpCamel(let l): return try visitor.visit(l)
        case .sixHumpCamel(let l): return try visitor.visit(l)
        case .rastrigin(let l): return try visitor.visit(l)
        case .ackley(let l): return try visitor.visit(l)
        case .styblinskiTang(let l): return try visitor.visit(l)
        case .goldsteinPrice(let l): return try visitor.visit(l)
        case .expression(let l): return try visitor.visit(l)
        }
    }

    /// The catalog name of the landscape's kind.
    public var name: String {
        switch self {
        case .rosenbrock: return "rosenbrock"
        case .quadratic: return "quadratic"
        case .saddle: return "saddle"
        case .monkeySaddle: return "monkey_saddle"
        case .beale: return "beale"
        case .himmelblau: return "himmelblau"
        case .booth: return "booth"
        case .matyas: return "matyas"
        case .threeHumpCamel: return "three_hump_camel"
        case .sixHumpCamel: return "six_hump_camel"
        case .rastrigin: return "rastrigin"
        case .ackley: return "ackley"
        case .styblinskiTang: return "styblinski_tang"
        case .goldsteinPrice: return "goldstein_price"
        case .expression: return "expr"
        }
    }

    /// f at each point, the landscape opened once so that each evaluation is a direct call:
    /// a heatmap's tens of thousands of samples.
    public func values(at points: [Vector2]) -> [Double] {
        open(PointEvaluator(points: points))
    }

    private struct PointEvaluator: LandscapeVisitor {
        let points: [Vector2]
        func visit<L: Landscape>(_ landscape: L) -> [Double] {
            points.map(landscape.value(at:))
        }
    }

    /// The concrete landscape as an existential, for code off the hot path.
    var base: any Landscape { open(Unwrap()) }

    private struct Unwrap: LandscapeVisitor {
        typealias Failure = Never
        func visit<L: Landscape>(_ landscape: L) -> any Landscape { landscape }
    }
}

extension AnyLandscape: Landscape {
    public func value(at p: Vector2) -> Double { base.value(at: p) }
    public func gradient(at p: Vector2) -> Vector2 { base.gradient(at: p) }
    public var defaultView: ViewBox { base.defaultView }
    public var defaultStart: Vector2 { base.defaultStart }
    public var minima: [KnownMinimum] { base.minima }
    var curvatures: [Double]? { base.curvatures }
    /// The lowest known value, f*, used by Polyak's step size. `nil` when unbounded below.
    public var minimumValue: Double? { base.minimumValue }

    public func distanceToNearestMinimum(from p: Vector2) -> Double? {
        base.distanceToNearestMinimum(from: p)
    }
}
