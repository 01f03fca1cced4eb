import DescentCore

extension DescentApp {
    /// Run `index` as the scenario sets it, on the landscape shown: away from the scenario's
    /// own landscape it starts at that landscape's default start.
    func scenarioSpec(of index: Int) -> RunSpec {
        var spec = scenario.runs[index]
        if !landscapes.isScenarios { spec.start = .fixed(landscape.defaultStart) }
        return spec
    }

    /// Some run no longer has the scenario's settings: the title says so, as an editor marks
    /// a modified buffer.
    var isEdited: Bool {
        runs.indices.contains { runs[$0].spec != scenarioSpec(of: $0) }
    }
}
