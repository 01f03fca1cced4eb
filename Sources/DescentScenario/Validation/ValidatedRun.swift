import DescentCore

/// A run whose keys are all valid, before the scenario gives it a label and a start.
struct ValidatedRun {
    let optimizer: CatalogEntry<AnyOptimizer>
    /// The optimizer's parameters as given (lr and weight_decay among them).
    let given: [String: ParameterValue]
    var settings = RunSettings()

    func scenarioRun(label: String, defaultStart: StartPoint) -> ScenarioRun {
        let values = ParameterValues(resolving: given, for: optimizer.parameters, runLength: 0)
        return ScenarioRun(
            label: label, optimizer: optimizer.make(given), lr: values.number("lr"),
            weightDecay: values.number("weight_decay"), noise: settings.noise, l1: settings.l1,
            restart: settings.restart?.rule, start: settings.start ?? defaultStart, warmup: settings.warmup?.warmup,
            rule: settings.rule?.choice)
    }
}

/// The values of a run's `RunKey`s other than `optimizer`; absent keys keep their defaults.
struct RunSettings {
    var label: (text: String, node: YAMLNode)?
    var noise: Double = 0
    var l1: Double = 0
    var start: StartPoint?
    var rule: (choice: CatalogChoice<RateRule>, node: YAMLNode)?
    var warmup: (warmup: Warmup, node: YAMLNode)?
    var restart: (rule: RestartRule, node: YAMLNode)?
}
