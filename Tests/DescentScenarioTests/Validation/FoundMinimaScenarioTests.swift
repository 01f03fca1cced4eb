@testable import DescentCore
import DescentTestSupport
import Testing
@testable import DescentScenario

/// An expression without `minima` has them searched for in the scenario's view (not the
/// default one), and they serve as known ones do.
@Suite struct FoundMinimaScenarioTests {
    @Test func theSearchCoversTheScenariosView() throws {
        let text = { (view: String) in
            """
            landscape: {expr: "(x - 5)^2 + (y + 1)^2 + 2"}
            \(view)
            steps: 10
            runs: [{optimizer: sgd, lr: 0.01}]
            """
        }
        let wide = try SimulationSpec(parsing: text("view: {x: [0, 10], y: [-5, 5]}"), file: "e.yaml")
        #expect(wide.landscape.minimaAreFound)
        #expect(wide.landscape.minima.count == 1)
        #expect((wide.landscape.minima[0].position - Vector2(5, -1)).norm <= 1e-9)
        #expect(abs(wide.landscape.minimumValue! - 2) <= 1e-12)
        let narrow = try SimulationSpec(parsing: text(""), file: "e.yaml")
        #expect(narrow.landscape.minimaAreFound)
        #expect(narrow.landscape.minima.isEmpty, "(5, -1) is outside the default [-3, 3]²")
    }

    @Test func givenMinimaAreKnown() throws {
        let spec = try SimulationSpec(parsing: """
            landscape: {expr: "(x - 5)^2 + (y + 1)^2", minima: [[5, -1]]}
            steps: 10
            runs: [{optimizer: sgd, lr: 0.01}]
            """, file: "e.yaml")
        #expect(!spec.landscape.minimaAreFound)
        #expect(spec.landscape.minima == [KnownMinimum(Vector2(5, -1), value: 0)])
    }

    @Test func theFunctionOptionSearchesTheDefaultView() throws {
        let spec = SimulationSpec(function: try Expression("(x^2 - 1)^2 + y^2"))
        #expect(spec.landscape.minimaAreFound)
        #expect(spec.landscape.minima.count == 2)
        #expect((spec.landscape.minima[0].position - Vector2(-1, 0)).norm <= 1e-9)
        #expect((spec.landscape.minima[1].position - Vector2(1, 0)).norm <= 1e-9)
    }
}
