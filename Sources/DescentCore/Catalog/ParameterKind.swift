/// The type a parameter expects, as a scenario file spells it.
public enum ParameterKind: Hashable, Sendable {
    case number
    case integer
    case boolean
    /// Two finite numbers, written `[a, b]`.
    case pair
    /// A list of whole numbers, written `[a, b, ...]` (may be empty).
    case integers
    /// One of the listed words.
    case word([String])
}

extension ParameterKind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .number: return "a number"
        case .integer: return "a whole number"
        case .boolean: return "true or false"
        case .pair: return "two numbers [a, b]"
        case .integers: return "a list of whole numbers"
        case .word(let words): return words.joined(separator: " | ")
        }
    }
}
