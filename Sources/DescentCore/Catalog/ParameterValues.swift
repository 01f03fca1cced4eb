/// Validated parameter values by name, complete with defaults: what a catalog entry builds from.
public struct ParameterValues: Sendable {
    private var values: [String: ParameterValue]

    init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
    }

    subscript(name: String) -> ParameterValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Values for `parameters`: the given ones and defaults for the rest (a length that follows
    /// the run stays absent). Accessors trap on a missing required value or a wrong type:
    /// callers validate first (the scenario module does).
    public init(resolving given: [String: ParameterValue], for parameters: [Parameter]) {
        var resolved: [String: ParameterValue] = [:]
        for p in parameters {
            if let v = given[p.name] ?? p.defaultValue { resolved[p.name] = v }
        }
        self.values = resolved
    }

    public func number(_ name: String) -> Double {
        extract(name, "a number") {
            switch $0 {
            case .number(let v): v
            case .integer(let v): Double(v)
            default: nil
            }
        }
    }

    public func optionalNumber(_ name: String) -> Double? {
        values[name] == nil ? nil : number(name)
    }

    public func integer(_ name: String) -> Int {
        extract(name, "a whole number") { if case .integer(let v) = $0 { v } else { nil } }
    }

    /// A length given in steps, or the run's when absent.
    public func length(_ name: String) -> ScheduleLength {
        values[name] == nil ? .run : .steps(integer(name))
    }

    public func boolean(_ name: String) -> Bool {
        extract(name, "a boolean") { if case .boolean(let v) = $0 { v } else { nil } }
    }

    public func pair(_ name: String) -> Vector2 {
        extract(name, "a pair") { if case .pair(let v) = $0 { v } else { nil } }
    }

    public func integers(_ name: String) -> [Int] {
        extract(name, "a list of whole numbers") { if case .integers(let v) = $0 { v } else { nil } }
    }

    public func word(_ name: String) -> String {
        extract(name, "a word") { if case .word(let v) = $0 { v } else { nil } }
    }

    /// The value of `name` as the kind a catalog entry expects; validation has made sure of it.
    private func extract<T>(_ name: String, _ kind: String, _ match: (ParameterValue) -> T?) -> T {
        guard let value = values[name], let typed = match(value) else {
            preconditionFailure("parameter \(name) is not \(kind): \(String(describing: values[name]))")
        }
        return typed
    }
}
