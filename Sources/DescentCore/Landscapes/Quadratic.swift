import Foundation

/// A bowl of any conditioning: `½·L·(u·(z−c))² + ½·μ·(v·(z−c))²` with u = (cos θ, sin θ),
/// v = (−sin θ, cos θ). Its Hessian has eigenvalues L and μ, so κ = L/μ sets how hard it is.
public struct Quadratic: LaneLandscape, Hashable {
    /// [L, μ]: the curvature along u and along v.
    var eigenvalues: Vector2
    /// θ in degrees: the direction u of the first eigenvalue.
    var angle: Double
    var center: Vector2
    let u: Vector2
    let v: Vector2

    init(eigenvalues: Vector2 = Vector2(1, 0.1), angle: Double = 0, center: Vector2 = .zero) {
        self.eigenvalues = eigenvalues
        self.angle = angle
        self.center = center
        let theta = angle * .pi / 180
        u = Vector2(cos(theta), sin(theta))
        v = Vector2(-sin(theta), cos(theta))
    }

    @inline(__always)
    func value<S: LaneScalar>(at p: LaneVector<S>) -> S {
        let d = p - center, a = d.dot(u), b = d.dot(v)
        return 0.5 * eigenvalues.x * a * a + 0.5 * eigenvalues.y * b * b
    }

    @inline(__always)
    func gradient<S: LaneScalar>(at p: LaneVector<S>) -> LaneVector<S> {
        let d = p - center
        return (eigenvalues.x * d.dot(u)) * u + (eigenvalues.y * d.dot(v)) * v
    }

    var conditionNumber: Double { max(eigenvalues.x, eigenvalues.y) / min(eigenvalues.x, eigenvalues.y) }

    var defaultView: ViewBox {
        ViewBox(x: center.x - 2...center.x + 2, y: center.y - 2...center.y + 2)
    }

    var defaultStart: Vector2 { center + Vector2(-1.5, 1.5) }
    var minima: [KnownMinimum] { [KnownMinimum(center, value: 0)] }
    var curvatures: [Double]? { [eigenvalues.x, eigenvalues.y] }
}
