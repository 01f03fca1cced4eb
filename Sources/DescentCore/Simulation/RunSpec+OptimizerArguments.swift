extension RunSpec {
    /// The values the optimizer's catalog entry reads, in catalog order: the run's lr and its
    /// coupled weight decay where the entry lists them (AdamW's decoupled one is the
    /// optimizer's own), the optimizer's settings for the rest. With `Schedule.arguments`,
    /// what a scenario file writes to get this run back.
    public var optimizerArguments: [(name: String, value: ParameterValue)] {
        guard let entry = OptimizerCatalog.entry(named: optimizer.name) else { return [] }
        let own = optimizer.settings
        return entry.parameters.compactMap { parameter in
            let value: ParameterValue? = switch parameter.name {
            case OptimizerCatalog.lrName: .number(lr)
            case OptimizerCatalog.weightDecayName: own[parameter.name] ?? .number(weightDecay)
            default: own[parameter.name]
            }
            return value.map { (parameter.name, $0) }
        }
    }
}
