/// A linear ramp in front of any schedule: for t < steps the lr climbs from
/// base·start_factor towards base; from t = steps on, the wrapped schedule runs from its own
/// t = 0, so it is shifted by `steps` rather than cut short.
public struct Warmup: Hashable, Sendable {
    /// Length of the ramp, >= 1.
    public var steps: Int
    /// Fraction of the base lr at t = 0, in [0, 1].
    public var startFactor: Double

    init(steps: Int, startFactor: Double = 0) {
        self.steps = steps
        self.startFactor = startFactor
    }

    /// The scenario keys of `warmup {…}`.
    public static let parameters: [Parameter] = [
        .integer("steps", nil, help: "length of the linear ramp; the schedule starts after it"),
        .number("start_factor", 0, .closedUnitInterval, help: "fraction of lr at the first step"),
    ]

    /// Builds from values validated against `parameters`.
    public init(_ values: ParameterValues) {
        self.init(steps: values.integer("steps"), startFactor: values.number("start_factor"))
    }

    /// base·(start_factor + (1 − start_factor)·t/steps) during the ramp, then `schedule` at t − steps.
    func rate(at t: Int, base: Double, then schedule: Schedule) -> Double {
        if t < steps {
            return base * (startFactor + (1 - startFactor) * Double(t) / Double(steps))
        }
        return schedule.rate(at: t - steps, base: base)
    }

    /// The values that rebuild this warmup from `parameters`.
    public var arguments: [(name: String, value: ParameterValue)] {
        [("steps", .integer(steps)), ("start_factor", .number(startFactor))]
    }
}

extension Warmup: CustomStringConvertible {
    /// E.g. `warmup(steps=100, start_factor=0)`.
    public var description: String { callDescription("warmup", arguments) }
}
