@testable import DescentCore
import Testing

/// `MinimumSearch` on typed functions: the found minima against the known ones (REFERENCE.md A6).
@Suite("Expressions, found minima")
struct MinimumSearchTests {
    /// The true local minima beyond the known (global) ones that each typed built-in has in its
    /// view: the camels' side humps, Styblinski–Tang's other three corners of its product of
    /// double wells, and Goldstein–Price's three local minima (30, 84, 840).
    static let localMinima: [String: [Vector2]] = [
        "three_hump_camel": [Vector2(1.7475523458, -0.8737761729), Vector2(-1.7475523458, 0.8737761729)],
        "six_hump_camel": [
            Vector2(1.7036067150, -0.7960835687), Vector2(-1.7036067150, 0.7960835687),
            Vector2(1.6071047529, 0.5686514549), Vector2(-1.6071047529, -0.5686514549),
        ],
        "styblinski_tang": [
            Vector2(StyblinskiTang.optimum, 2.7468027710), Vector2(2.7468027710, StyblinskiTang.optimum),
            Vector2(2.7468027710, 2.7468027710),
        ],
        "goldstein_price": [Vector2(-0.6, -0.4), Vector2(1.8, 0.2), Vector2(1.2, 0.8)],
    ]

    static let names = [
        "rosenbrock", "himmelblau", "booth", "matyas", "three_hump_camel", "six_hump_camel", "beale",
        "goldstein_price", "styblinski_tang", "quadratic",
    ]

    @Test("every known minimum found within 1e-6, and no others but true local minima", arguments: names)
    func typedBuiltIn(name: String) {
        let (builtIn, expression) = typed(name)
        let found = expression.findingMinima(in: builtIn.defaultView)
        #expect(found.minimaAreFound)
        let extras = Self.localMinima[name] ?? []
        #expect(found.minima.count == builtIn.minima.count + extras.count, "\(found.minima)")
        for known in builtIn.minima {
            let match = found.minima.first { ($0.position - known.position).norm <= 1e-6 }
            #expect(match != nil, "\(known.position) not found in \(found.minima)")
            if let match { #expect(abs(match.value - known.value) <= 1e-6) }
        }
        for extra in extras {
            #expect(found.minima.contains { ($0.position - extra).norm <= 1e-6 }, "\(extra) not found")
            // A true minimum by the built-in's own analytic formula: stationary, and lower
            // than the points around it.
            #expect(builtIn.gradient(at: extra).norm < 1e-6 * max(1, abs(builtIn.value(at: extra))))
            for offset in [Vector2(1, 0), Vector2(0, 1), Vector2(1, 1), Vector2(1, -1)] {
                #expect(builtIn.value(at: extra + 1e-3 * offset) > builtIn.value(at: extra))
                #expect(builtIn.value(at: extra - 1e-3 * offset) > builtIn.value(at: extra))
            }
        }
        #expect(found.minima.first.map { abs($0.value - builtIn.minimumValue!) <= 1e-6 } == true)
    }

    @Test("sorted by value, then x, then y; the global one first")
    func order() {
        let minima = try! Expression("(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + 0.01*x").findingMinima(in: .square(5)).minima
        #expect(minima.count == 4)
        #expect(zip(minima, minima.dropFirst()).allSatisfy { $0.value < $1.value })
        let ties = try! Expression("(x^2 - 1)^2 + (y^2 - 1)^2").findingMinima(in: .square(2)).minima
        let corners = [Vector2(-1, -1), Vector2(-1, 1), Vector2(1, -1), Vector2(1, 1)]
        #expect(ties.count == 4)
        #expect(zip(ties, corners).allSatisfy { ($0.position - $1).norm <= 1e-9 }, "\(ties)")
    }

    @Test("a saddle, a maximum and a slope have none; a degenerate minimum is not positive definite")
    func none() {
        for source in ["x^2 - y^2", "-(x^2 + y^2)", "x + 2*y", "x^3 - 3*x*y^2", "x^4 + y^4", "exp(x) + y^2"] {
            let found = try! Expression(source).findingMinima(in: .square(3))
            #expect(found.minima.isEmpty, "\(source): \(found.minima)")
            #expect(found.minimaAreFound)
            #expect(AnyLandscape.expression(found).minimumValue == nil)
        }
    }

    @Test("only inside the view: (x - 5)^2 + y^2 has none in [-3, 3]², one in [0, 10]²")
    func inView() {
        let bowl = try! Expression("(x - 5)^2 + y^2")
        #expect(bowl.findingMinima(in: .square(3)).minima.isEmpty)
        let found = bowl.findingMinima(in: ViewBox(x: 0...10, y: 0...10)).minima
        #expect(found.count == 1)
        #expect((found[0].position - Vector2(5, 0)).norm <= 1e-9)
    }

    @Test("given minima stay known; a built-in is left as it is")
    func known() {
        let given = try! Expression("(1 - x)^2 + 100*(y - x^2)^2", minima: [Vector2(1, 1)])
        let searched = AnyLandscape.expression(given).findingMinima(in: .square(3))
        #expect(searched == .expression(given))
        #expect(!searched.minimaAreFound)
        #expect(AnyLandscape.himmelblau(Himmelblau()).findingMinima(in: .square(1)) == .himmelblau(Himmelblau()))
        #expect(!AnyLandscape.himmelblau(Himmelblau()).minimaAreFound)
    }

    @Test("found minima serve as known ones: distance and f*")
    func serve() {
        let landscape = AnyLandscape.expression(try! Expression("(x - 1)^2 + 2*(y + 0.5)^2 + 3")).findingMinima(in: .square(3))
        #expect(landscape.minimaAreFound)
        #expect(abs(landscape.minimumValue! - 3) <= 1e-12)
        #expect(abs(landscape.distanceToNearestMinimum(from: Vector2(4, 3.5))! - 5) <= 1e-9)
    }
}
