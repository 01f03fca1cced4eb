/// Finds the minima of a landscape inside a view when nobody said where they are: damped
/// Newton from every point of a grid over the view, on the exact gradient.
///
/// The Hessian is central differences of the exact gradient (one gradient pair per axis),
/// symmetrised. A start converges when |∇f| falls below `gradientTolerance`; the point is kept
/// when it lies in the view and its Hessian is positive definite (so saddles and maxima, and
/// degenerate minima such as x⁴ + y⁴'s, are not reported). Points closer than
/// `mergeDistance` of the view's diagonal are one minimum. The work is bounded: a fixed grid,
/// an iteration cap per start and a step-halving cap per iteration.
enum MinimumSearch {
    static let gridSize = 8
    static let iterationCap = 200
    static let halvingCap = 60
    static let gradientTolerance = 1e-9
    /// Relative to the view's diagonal.
    static let mergeDistance = 1e-5
    /// Relative to the view's diagonal; small enough for O(h²) Hessian error to stay far
    /// under any curvature worth calling a minimum.
    static let differenceStep = 1e-6

    /// The minima found in `view`, sorted by value, then x, then y, each to nine decimals so
    /// that rounding noise (1e-30 against 0, -1.0000000000000115 against -1) does not order them.
    static func minima<L: Landscape>(of landscape: L, in view: ViewBox) -> [KnownMinimum] {
        var found: [KnownMinimum] = []
        let merge = mergeDistance * view.diagonal, h = differenceStep * view.diagonal
        for start in grid(over: view) {
            guard let p = descend(landscape, from: start, step: h), view.contains(p),
                isPositiveDefinite(hessian(landscape, at: p, step: h), merge: merge)
            else { continue }
            guard !found.contains(where: { ($0.position - p).norm < merge }) else { continue }
            found.append(KnownMinimum(p, value: landscape.value(at: p)))
        }
        func rank(_ m: KnownMinimum) -> (Double, Double, Double) {
            ((m.value * 1e9).rounded(), (m.position.x * 1e9).rounded(), (m.position.y * 1e9).rounded())
        }
        return found.sorted { rank($0) < rank($1) }
    }

    /// The centres of a `gridSize`² grid of cells over the view.
    private static func grid(over view: ViewBox) -> [Vector2] {
        let width = view.x.upperBound - view.x.lowerBound, height = view.y.upperBound - view.y.lowerBound
        return (0..<gridSize).flatMap { row in
            (0..<gridSize).map { column in
                Vector2(
                    view.x.lowerBound + (Double(column) + 0.5) / Double(gridSize) * width,
                    view.y.lowerBound + (Double(row) + 0.5) / Double(gridSize) * height)
            }
        }
    }

    /// Newton's direction with the Hessian shifted to be positive definite (steepest descent
    /// far from a minimum, Newton near one), then halving the step until f decreases.
    /// The converged point, or nil when the cap is reached or f stops decreasing first
    /// (unless |∇f| is already within 1000× the tolerance: f has reached its rounding floor).
    private static func descend<L: Landscape>(_ landscape: L, from start: Vector2, step h: Double) -> Vector2? {
        var p = start
        var f = landscape.value(at: p)
        guard f.isFinite else { return nil }
        for _ in 0..<iterationCap {
            let g = landscape.gradient(at: p)
            guard g.x.isFinite, g.y.isFinite else { return nil }
            if g.norm < gradientTolerance { return p }
            let direction = newtonDirection(hessian(landscape, at: p, step: h), g)
            var t = 1.0
            var accepted = false
            for _ in 0..<halvingCap {
                let candidate = p + t * direction
                let value = landscape.value(at: candidate)
                // On a minimum's flat floor f rounds to the same value while |∇f| still falls.
                if value.isFinite, value < f || (value == f && landscape.gradient(at: candidate).norm < g.norm) {
                    p = candidate
                    f = value
                    accepted = true
                    break
                }
                t /= 2
            }
            guard accepted else { return g.norm < 1e3 * gradientTolerance ? p : nil }
        }
        return nil
    }

    /// The symmetric Hessian [[a, b], [b, c]] from central differences of the gradient.
    private static func hessian<L: Landscape>(_ landscape: L, at p: Vector2, step h: Double) -> (a: Double, b: Double, c: Double) {
        let dx = landscape.gradient(at: p + Vector2(h, 0)) - landscape.gradient(at: p - Vector2(h, 0))
        let dy = landscape.gradient(at: p + Vector2(0, h)) - landscape.gradient(at: p - Vector2(0, h))
        return (dx.x / (2 * h), (dx.y + dy.x) / (4 * h), dy.y / (2 * h))
    }

    /// Eigenvalues of a symmetric 2×2 matrix, smaller first.
    private static func eigenvalues(_ m: (a: Double, b: Double, c: Double)) -> (Double, Double) {
        let mean = (m.a + m.c) / 2
        let radius = ((m.a - m.c) * (m.a - m.c) / 4 + m.b * m.b).squareRoot()
        return (mean - radius, mean + radius)
    }

    /// Both eigenvalues clearly positive: the smaller above a millionth of the larger, so
    /// that difference noise on a flat valley floor does not pass for curvature, and steep
    /// enough that |∇f| < `gradientTolerance` pins the point within `merge` (x⁴ + y⁴'s
    /// degenerate minimum, whose Hessian vanishes, is not).
    private static func isPositiveDefinite(_ m: (a: Double, b: Double, c: Double), merge: Double) -> Bool {
        let (low, high) = eigenvalues(m)
        return low.isFinite && high.isFinite && low > 1e-6 * high && low * merge > gradientTolerance
    }

    /// −(H + λI)⁻¹g: Newton's own direction where H is positive definite; elsewhere λ lifts
    /// the smaller eigenvalue to a thousandth of the larger, or to |g| if that is more, so
    /// that the direction descends and is short where the gradient is steep.
    private static func newtonDirection(_ m: (a: Double, b: Double, c: Double), _ g: Vector2) -> Vector2 {
        let (low, high) = eigenvalues(m)
        guard low.isFinite, high.isFinite else { return -g }
        let floor = max(abs(high) / 1000, g.norm, 1e-12)
        let shift = low > 1e-9 * abs(high) ? 0 : floor - low
        let a = m.a + shift, b = m.b, c = m.c + shift
        let determinant = a * c - b * b
        guard determinant > 0, determinant.isFinite else { return -g }
        return Vector2(-(c * g.x - b * g.y) / determinant, -(a * g.y - b * g.x) / determinant)
    }
}
