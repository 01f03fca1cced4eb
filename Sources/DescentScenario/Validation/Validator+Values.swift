import DescentCore

/// Typed values: numbers must be plain finite scalars, whole numbers integral, booleans
/// `true`/`false`, pairs `[a, b]`.
extension Validator {
    /// A plain scalar's text; quoted strings and collections are reported as not `expected`.
    mutating func plainScalar(_ node: YAMLNode, _ name: String, expected: String) -> String? {
        guard let scalar = node.scalar, scalar.isPlain, !scalar.text.isEmpty else {
            report("\(name): expected \(expected), found \(node.found)", at: node)
            return nil
        }
        return scalar.text
    }

    mutating func number(_ node: YAMLNode, _ name: String) -> Double? {
        guard let text = plainScalar(node, name, expected: "a number") else { return nil }
        guard let value = NumberSyntax.double(text) else {
            report("\(name): expected a number, found \(node.found)", at: node)
            return nil
        }
        guard value.isFinite else {
            report("\(name): expected a finite number, found \(shown(text))", at: node)
            return nil
        }
        return value
    }

    /// A whole number that fits `T`; `1e6` counts, `2.5` does not. One that does not fit is
    /// reported against the field's own range, `requirement` (e.g. "in 1 ... 1000000000"),
    /// which is narrower than `T`'s: the caller checks the rest of it.
    mutating func wholeNumber<T: FixedWidthInteger>(
        _ node: YAMLNode, _ name: String, as type: T.Type = Int.self, requirement: String
    ) -> T? {
        guard let text = plainScalar(node, name, expected: "a whole number") else { return nil }
        if let exact = NumberSyntax.integer(text, as: T.self) { return exact }
        guard let value = NumberSyntax.double(text), value.isFinite, value == value.rounded() else {
            report("\(name): expected a whole number, found \(node.found)", at: node)
            return nil
        }
        guard let whole = T(exactly: value) else {
            report("\(name) must be \(requirement), found \(shown(text))", at: node)
            return nil
        }
        return whole
    }

    mutating func boolean(_ node: YAMLNode, _ name: String) -> Bool? {
        switch node.scalar {
        case YAMLScalar(text: "true", isPlain: true)?: return true
        case YAMLScalar(text: "false", isPlain: true)?: return false
        default:
            report("\(name): expected true or false, found \(node.found)", at: node)
            return nil
        }
    }

    /// Any non-empty scalar, quoted or not: names and labels.
    mutating func text(_ node: YAMLNode, _ name: String) -> String? {
        guard let scalar = node.scalar, !scalar.text.isEmpty else {
            report("\(name): expected text, found \(node.found)", at: node)
            return nil
        }
        return scalar.text
    }

    /// The items of a list, or `nil` after reporting that `expected` was not found.
    mutating func sequence(_ node: YAMLNode, _ name: String, expected: String, count: Int? = nil) -> [YAMLNode]? {
        guard case .sequence(let items) = node.content, count.map({ $0 == items.count }) ?? true else {
            report("\(name): expected \(expected), found \(node.found)", at: node)
            return nil
        }
        return items
    }

    mutating func pair(_ node: YAMLNode, _ name: String, expected: String = "two numbers [a, b]") -> Vector2? {
        guard let items = sequence(node, name, expected: expected, count: 2) else { return nil }
        let x = number(items[0], name), y = number(items[1], name)
        guard let x, let y else { return nil }
        return Vector2(x, y)
    }

    mutating func integers(_ node: YAMLNode, _ name: String, requirement: String) -> [Int]? {
        guard let items = sequence(node, name, expected: "a list of whole numbers [a, b, ...]") else { return nil }
        let values = items.map { wholeNumber($0, name, requirement: requirement) }
        return values.contains(nil) ? nil : values.compactMap { $0 }
    }

    /// A value of `parameter`'s kind that meets its constraint.
    mutating func value(_ node: YAMLNode, for parameter: Parameter) -> ParameterValue? {
        let name = parameter.name
        let value: ParameterValue?
        switch parameter.kind {
        case .number: value = number(node, name).map(ParameterValue.number)
        case .integer: value = wholeNumber(node, name, requirement: parameter.constraint.requirement).map(ParameterValue.integer)
        case .boolean: value = boolean(node, name).map(ParameterValue.boolean)
        case .pair: value = pair(node, name).map(ParameterValue.pair)
        case .integers: value = integers(node, name, requirement: parameter.constraint.requirement).map(ParameterValue.integers)
        case .word(let words): value = choose(node, name, from: words).map(ParameterValue.word)
        }
        guard let value else { return nil }
        if let requirement = parameter.constraint.violation(by: value) {
            report("\(name) must be \(requirement), found \(shown(node.flowText))", at: node)
            return nil
        }
        return value
    }
}
