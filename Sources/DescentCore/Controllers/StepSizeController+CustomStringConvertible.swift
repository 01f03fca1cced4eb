extension StepSizeController: CustomStringConvertible {
    /// The values that rebuild this controller from its catalog entry, in catalog order.
    public var arguments: [(name: String, value: ParameterValue)] {
        switch self {
        case .plateau(let p):
            return [
                ("factor", .number(p.factor)), ("patience", .integer(p.patience)),
                ("threshold", .number(p.threshold)), ("threshold_mode", .word(p.thresholdMode.rawValue)),
                ("cooldown", .integer(p.cooldown)), ("min_lr", .number(p.minLR)), ("eps", .number(p.eps)),
            ]
        case .backtracking(let b):
            return [("c1", .number(b.c1)), ("shrink", .number(b.shrink)), ("grow", .number(b.grow)), ("max_lr", .number(b.maxLR))]
        case .polyak(let p):
            let fMin: [(name: String, value: ParameterValue)] = p.fMin.map { [("f_min", .number($0))] } ?? []
            return fMin + [("max_lr", .number(p.maxLR)), ("variant", .word(p.variant.rawValue))]
        case .boldDriver(let d):
            return [("grow", .number(d.grow)), ("shrink", .number(d.shrink))]
        }
    }

    /// E.g. `bold_driver(grow=1.05, shrink=0.5)`.
    public var description: String { callDescription(name, arguments) }
}
