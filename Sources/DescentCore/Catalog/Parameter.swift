/// One named parameter of a landscape, optimizer or schedule: its type, default and valid range.
/// Scenario validation and `descent list` both read these, so the two never disagree.
public struct Parameter: Sendable {
    public let name: String
    public let kind: ParameterKind
    /// `nil` means the parameter is required.
    public let defaultValue: ParameterValue?
    public let constraint: Constraint
    public let help: String
    /// When set and no value is given, the parameter takes the run's step count
    /// (e.g. `cosine`'s `t_max`), so `schedule: cosine` alone anneals over the whole run.
    public let defaultsToRunLength: Bool
    /// May be left out although it has no default: the product decides what absence means
    /// (`one_cycle` without `max_lr` peaks at the run's lr).
    public let mayBeAbsent: Bool

    public init(
        _ name: String, _ kind: ParameterKind, default defaultValue: ParameterValue?,
        _ constraint: Constraint = .finite, help: String, defaultsToRunLength: Bool = false,
        mayBeAbsent: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.constraint = constraint
        self.help = help
        self.defaultsToRunLength = defaultsToRunLength
        self.mayBeAbsent = mayBeAbsent
    }

    /// True when a scenario may leave the parameter out.
    public var isOptional: Bool { defaultValue != nil || defaultsToRunLength || mayBeAbsent }

    public static func number(
        _ name: String, _ value: Double?, _ constraint: Constraint = .finite, help: String
    ) -> Parameter {
        Parameter(name, .number, default: value.map(ParameterValue.number), constraint, help: help)
    }

    static func integer(
        _ name: String, _ value: Int?, _ constraint: Constraint = .stepCount, help: String
    ) -> Parameter {
        Parameter(name, .integer, default: value.map(ParameterValue.integer), constraint, help: help)
    }

    /// A number that may be left out, with no default value.
    static func optionalNumber(_ name: String, _ constraint: Constraint = .finite, help: String) -> Parameter {
        Parameter(name, .number, default: nil, constraint, help: help, mayBeAbsent: true)
    }

    /// A whole number that defaults to the run's step count.
    static func runLength(_ name: String, help: String) -> Parameter {
        Parameter(name, .integer, default: nil, .stepCount, help: help, defaultsToRunLength: true)
    }

    static func pair(
        _ name: String, _ value: Vector2?, _ constraint: Constraint = .finite, help: String
    ) -> Parameter {
        Parameter(name, .pair, default: value.map(ParameterValue.pair), constraint, help: help)
    }

    static func boolean(_ name: String, _ value: Bool, help: String) -> Parameter {
        Parameter(name, .boolean, default: .boolean(value), .none, help: help)
    }
}
