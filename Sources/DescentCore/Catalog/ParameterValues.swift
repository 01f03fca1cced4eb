/// Validated parameter values by name, complete with defaults: what a catalog entry builds from.
public struct ParameterValues: Sendable {
    private var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> ParameterValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Values for `parameters`: the given ones, defaults for the rest, `runLength` for those
    /// that default to it. Accessors trap on a missing required value or a wrong type:
    /// callers validate first (the scenario module does).
    public init(resolving given: [String: ParameterValue], for parameters: [Parameter], runLength: Int) {
        var resolved: [String: ParameterValue] = [:]
        for p in parameters {
            if let v = given[p.name] ?? p.defaultValue {
                resolved[p.name] = v
            } else if p.defaultsToRunLength {
                resolved[p.name] = .integer(runLength)
            }
        }
        self.values = resolved
    }

    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let v): return v
        case .integer(let v): return Double(v)
        default: preconditionFailure("parameter \(name) is not a number: \(String(describing: values[name]))")
        }
    }

    public func optionalNumber(_ name: String) -> Double? {
        values[name] == nil ? nil : number(name)
    }

    public func integer(_ name: String) -> Int {
        guard case .integer(let v) = values[name] else {
            preconditionFailure("parameter \(name) is not an integer: \(String(describing: values[name]))")
        }
        return v
    }

    public func boolean(_ name: String) -> Bool {
        guard case .boolean(let v) = values[name] else {
            preconditionFailure("parameter \(name) is not a boolean: \(String(describing: values[name]))")
        }
        return v
    }

    public func pair(_ name: String) -> Vector2 {
        guard case .pair(let v) = values[name] else {
            preconditionFailure("parameter \(name) is not a pair: \(String(describing: values[name]))")
        }
        return v
    }

    public func integers(_ name: String) -> [Int] {
        guard case .integers(let v) = values[name] else {
            preconditionFailure("parameter \(name) is not a list of integers: \(String(describing: values[name]))")
        }
        return v
    }

    public func word(_ name: String) -> String {
        guard case .word(let v) = values[name] else {
            preconditionFailure("parameter \(name) is not a word: \(String(describing: values[name]))")
        }
        return v
    }
}
