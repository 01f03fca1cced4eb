import DescentCore

/// Landscapes and schedules: a name, or a mapping with `name` and that entry's parameters.
extension Validator {
    /// The key that names the entry in the mapping form.
    static let nameKey = "name"

    mutating func choice<Product>(
        _ node: YAMLNode, _ what: String, in entries: [CatalogEntry<Product>]
    ) -> Product? {
        let names = entries.map(\.name)
        var nameNode = node
        var parameterEntries: [MappingEntry] = []
        if node.scalar == nil {
            guard let mapped = mapping(node, what, expected: "a name or {name: ..., parameter: value}") else {
                return nil
            }
            guard let named = mapped.first(where: { $0.key == Self.nameKey }) else {
                reportMissingKey(Self.nameKey, in: what, at: node, expected: "one of \(names.joined(separator: ", "))")
                return nil
            }
            nameNode = named.value
            parameterEntries = mapped.filter { $0.key != Self.nameKey }
        }
        guard let name = choose(nameNode, what, from: names),
              let entry = entries.first(where: { $0.name == name })
        else { return nil }
        let given = parameterValues(
            parameterEntries, for: entry.parameters, in: "\(what) \(name)", at: node, otherKeys: [Self.nameKey])
        return given.map { entry.make($0) }
    }

    /// Values for `parameters` from a mapping's entries (apart from `otherKeys`), reporting
    /// unknown keys, invalid values and required parameters left out.
    mutating func parameterValues(
        _ entries: [MappingEntry], for parameters: [Parameter], in context: String, at node: YAMLNode,
        otherKeys: [String] = []
    ) -> [String: ParameterValue]? {
        var values: [String: ParameterValue] = [:]
        var isValid = true
        for entry in entries where !otherKeys.contains(entry.key) {
            guard let parameter = parameters.first(where: { $0.name == entry.key }) else {
                reportUnknownKey(entry, in: context, valid: otherKeys + parameters.map(\.name))
                isValid = false
                continue
            }
            if let value = value(entry.value, for: parameter) {
                values[parameter.name] = value
            } else {
                isValid = false
            }
        }
        for parameter in parameters where !parameter.isOptional && !entries.contains(where: { $0.key == parameter.name }) {
            reportMissingKey(parameter.name, in: context, at: node, expected: parameter.expectation)
            isValid = false
        }
        return isValid ? values : nil
    }
}
