import DescentCore

/// Values spelled in YAML's flow style so that the loader reads them back exactly: numbers in
/// their shortest round-trip form (`ParameterValue`'s own spelling), text always double-quoted.
enum YAMLText {
    /// `"…"` with what YAML would otherwise read as syntax or drop escaped: a formula with `:`,
    /// `#` or quotes, a label that looks like a number, control characters.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    static func number(_ value: Double) -> String { ParameterValue.number(value).description }

    static func pair(_ point: Vector2) -> String { ParameterValue.pair(point).description }

    /// `[lo, hi]`.
    static func interval(_ range: ClosedRange<Double>) -> String { pair(Vector2(range.lowerBound, range.upperBound)) }

    /// `{key: value, …}`.
    static func mapping(_ entries: [(key: String, value: String)]) -> String {
        "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// A catalog entry with its arguments: just the name without any, else `{name: …, …}`.
    static func call(_ name: String, _ arguments: [(name: String, value: ParameterValue)]) -> String {
        guard !arguments.isEmpty else { return name }
        return mapping([(Validator.nameKey, name)] + arguments.map { ($0.name, $0.value.description) })
    }
}
