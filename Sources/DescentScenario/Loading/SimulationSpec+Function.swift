import DescentCore

extension SimulationSpec {
    /// The default scenario's runs on a typed function (`descent --function EXPR`): each run
    /// starts at the function's default start, in its default view, where its minima are
    /// searched for.
    public init(function expression: Expression) {
        // The bundled default is valid: BundledScenarioTests loads every bundled scenario.
        var spec = try! ScenarioSource.bundled(name: BundledScenarios.defaultName).load()
        spec.name = "function"
        let landscape = AnyLandscape.expression(expression)
        spec.view = landscape.defaultView
        spec.landscape = landscape.findingMinima(in: spec.view)
        for index in spec.runs.indices { spec.runs[index].start = .fixed(spec.landscape.defaultStart) }
        self = spec
    }
}
