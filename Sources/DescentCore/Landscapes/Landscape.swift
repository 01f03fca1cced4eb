/// A differentiable function of two variables: the loss surface an optimizer walks on.
///
/// Conformers are small value types; the simulation loop is generic over them so that
/// each landscape gets its own specialised loop (no existential call per step).
protocol Landscape: Sendable {
    /// f(p).
    func value(at p: Vector2) -> Double
    /// The analytic gradient ∇f(p).
    func gradient(at p: Vector2) -> Vector2
    /// The box the landscape is usually shown in (REFERENCE.md A6 "domain").
    var defaultView: ViewBox { get }
    /// Where a run starts when neither the run nor the scenario says.
    var defaultStart: Vector2 { get }
    /// The known minima: global ones first, then notable local ones. Empty when the
    /// function is unbounded below (saddles).
    var minima: [KnownMinimum] { get }
    /// The Hessian's eigenvalues where they are the same everywhere (a quadratic); nil elsewhere.
    var curvatures: [Double]? { get }
}

/// A point where the landscape has a (local or global) minimum, and its value there.
public struct KnownMinimum: Hashable, Sendable {
    public var position: Vector2
    public var value: Double

    public init(_ position: Vector2, value: Double) {
        self.position = position
        self.value = value
    }
}

extension Landscape {
    var curvatures: [Double]? { nil }

    /// The lowest known value, f*, used by Polyak's step size. `nil` when unbounded below.
    var minimumValue: Double? { minima.map(\.value).min() }

    /// Distance from p to the nearest known minimum, or `nil` when none is known.
    func distanceToNearestMinimum(from p: Vector2) -> Double? {
        minima.map { ($0.position - p).norm }.min()
    }
}
