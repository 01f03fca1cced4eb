import DescentCore

/// The landscape: a built-in by name (with its parameters), or a typed expression
/// `{expr: "...", params: {a: 1}, minima: [[1, 1]]}`.
extension Validator {
    static let landscapeExpectation = "a landscape name, e.g. rosenbrock, or {expr: \"x^2 + y^2\"}"

    mutating func landscape(_ node: YAMLNode) -> AnyLandscape? {
        if case .mapping(let pairs) = node.content, pairs.contains(where: { $0.key.scalar?.text == ExpressionKey.expr.rawValue }) {
            return expression(node).map(AnyLandscape.expression)
        }
        return choice(node, "landscape", in: LandscapeCatalog.entries)
    }

    private mutating func expression(_ node: YAMLNode) -> Expression? {
        guard let entries = mapping(node, "landscape", expected: "{expr: \"...\", params: {...}, minima: [[x, y]]}")
        else { return nil }
        var formula: (text: String, node: YAMLNode)?
        var parameters: [(parameter: ExpressionParameter, node: YAMLNode)] = []
        var minima: [Vector2] = []
        var isValid = true
        for entry in entries {
            switch ExpressionKey(rawValue: entry.key) {
            case .expr:
                guard let scalar = entry.value.scalar else {
                    report("expr: expected a formula in x and y, e.g. \"x^2 + y^2\", found \(entry.value.found)", at: entry.value)
                    isValid = false
                    continue
                }
                formula = (scalar.text, entry.value)
            case .params:
                guard let given = mapping(entry.value, "params", expected: "named numbers, e.g. {a: 1, b: 100}") else {
                    isValid = false
                    continue
                }
                for parameter in given {
                    guard let value = number(parameter.value, "param \(shown(parameter.key))") else {
                        isValid = false
                        continue
                    }
                    parameters.append((ExpressionParameter(parameter.key, value), parameter.keyNode))
                }
            case .minima:
                guard let points = sequence(entry.value, "minima", expected: "a list of points, e.g. [[1, 1]]") else {
                    isValid = false
                    continue
                }
                for point in points {
                    guard let position = pair(point, "minima", expected: "a point [x, y]") else {
                        isValid = false
                        continue
                    }
                    minima.append(position)
                }
            case nil:
                reportUnknownKey(entry, in: "landscape", valid: ExpressionKey.allCases.map(\.rawValue))
                isValid = false
            }
        }
        guard isValid, let formula else { return nil }
        do {
            return try Expression(formula.text, parameters: parameters.map(\.parameter), minima: minima)
        } catch {
            switch error.location {
            case .parameter(let index):
                report(error.message, at: parameters[index].node)
            case .character(let offset):
                if let position = source.position(ofCharacter: offset, in: formula.text, at: formula.node.position) {
                    report(error.message, at: position)
                } else {
                    report("\(error.message) (at character \(offset + 1) of the expression)", at: formula.node)
                }
            }
            return nil
        }
    }
}
