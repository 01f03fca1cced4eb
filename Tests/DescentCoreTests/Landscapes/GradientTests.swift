import Foundation
@testable import DescentCore
import Testing

/// Every landscape in the catalog, plus non-default parameters where a landscape has them.
let landscapesUnderTest: [(name: String, landscape: AnyLandscape)] =
    LandscapeCatalog.builtIns + [
        ("rosenbrock a=2 b=10", .rosenbrock(Rosenbrock(a: 2, b: 10))),
        ("quadratic rotated", .quadratic(Quadratic(eigenvalues: Vector2(3, 0.2), angle: 37, center: Vector2(0.5, -1)))),
        ("saddle a=2 b=0.5", .saddle(Saddle(a: 2, b: 0.5))),
    ]

@Suite("Landscape gradients")
struct GradientTests {
    @Test("analytic gradient matches central differences at random points", arguments: landscapesUnderTest.map(\.name))
    func centralDifferences(name: String) {
        let landscape = landscapesUnderTest.first { $0.name == name }!.landscape
        let box = landscape.defaultView
        var rng = Xoshiro256StarStar(seed: 42, stream: 7)
        for _ in 0..<200 {
            let p = rng.point(in: box)
            if case .ackley = landscape, p.norm < 1e-3 { continue }  // the cusp has no derivative
            let g = landscape.gradient(at: p)
            let numeric = centralDifference(landscape, at: p)
            let scale = 1 + g.norm + abs(landscape.value(at: p)) * 1e-6
            #expect((g - numeric).norm <= 1e-6 * scale, "at \(p): analytic \(g), numeric \(numeric)")
        }
    }

    @Test("known minima have (near) zero gradient and the stated value", arguments: landscapesUnderTest.map(\.name))
    func minima(name: String) {
        let landscape = landscapesUnderTest.first { $0.name == name }!.landscape
        for minimum in landscape.minima {
            #expect(landscape.gradient(at: minimum.position).norm < 1e-9, "∇f at \(minimum.position)")
            #expect(abs(landscape.value(at: minimum.position) - minimum.value) < 1e-12)
            // A minimum, not a saddle: every nearby point is higher.
            for angle in stride(from: 0.0, to: 6.28, by: 0.5) {
                let q = minimum.position + 1e-3 * Vector2(cos(angle), sin(angle))
                #expect(landscape.value(at: q) > minimum.value)
            }
        }
    }

    @Test func ackleyIsFiniteAtItsCusp() {
        let ackley = Ackley()
        #expect(ackley.gradient(at: .zero) == .zero)
        #expect(abs(ackley.value(at: .zero)) < 1e-15)
    }

    @Test func saddlesHaveNoMinima() {
        #expect(Saddle().minima.isEmpty)
        #expect(MonkeySaddle().minima.isEmpty)
        #expect(Saddle().gradient(at: .zero) == .zero)
        #expect(MonkeySaddle().gradient(at: .zero) == .zero)
    }

    @Test func quadraticHasItsEigenvaluesAlongItsAxes() {
        let q = Quadratic(eigenvalues: Vector2(4, 0.5), angle: 30, center: Vector2(1, 2))
        let theta = 30.0 * .pi / 180
        let u = Vector2(cos(theta), sin(theta)), v = Vector2(-sin(theta), cos(theta))
        #expect(isClose(q.gradient(at: q.center + 0.7 * u), 4 * 0.7 * u, relative: 1e-14))
        #expect(isClose(q.gradient(at: q.center + 0.7 * v), 0.5 * 0.7 * v, relative: 1e-14))
        #expect(isClose(q.value(at: q.center + 2 * u), 0.5 * 4 * 4))
        #expect(q.conditionNumber == 8)
    }

    private func centralDifference(_ f: AnyLandscape, at p: Vector2) -> Vector2 {
        let hx = 1e-6 * max(1, abs(p.x)), hy = 1e-6 * max(1, abs(p.y))
        return Vector2(
            (f.value(at: p + Vector2(hx, 0)) - f.value(at: p - Vector2(hx, 0))) / (2 * hx),
            (f.value(at: p + Vector2(0, hy)) - f.value(at: p - Vector2(0, hy))) / (2 * hy))
    }
}
