/// The value of one named parameter of a landscape, optimizer or schedule.
public enum ParameterValue: Hashable, Sendable {
    case number(Double)
    case integer(Int)
    case boolean(Bool)
    /// Two numbers: a point or a pair such as Adam's betas.
    case pair(Vector2)
    case integers([Int])
    /// One word out of a fixed set (e.g. `threshold_mode: rel`).
    case word(String)
}

extension ParameterValue: CustomStringConvertible {
    /// How the value is written in a scenario file and in `descent list`.
    public var description: String {
        switch self {
        case .number(let v): return formatNumber(v)
        case .integer(let v): return String(v)
        case .boolean(let v): return v ? "true" : "false"
        case .pair(let p): return "[\(formatNumber(p.x)), \(formatNumber(p.y))]"
        case .integers(let vs): return "[" + vs.map(String.init).joined(separator: ", ") + "]"
        case .word(let w): return w
        }
    }
}

/// `1.0` reads as `1`, other numbers in Swift's shortest round-trip form (−0 too: as `0` it
/// would read back with the other sign).
private func formatNumber(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15, !(v == 0 && v.sign == .minus) { return String(Int(v)) }
    return String(v)
}
