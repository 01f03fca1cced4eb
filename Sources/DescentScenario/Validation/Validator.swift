/// Reads a YAML document into a scenario, collecting every problem on the way instead of
/// stopping at the first. Its parts live in extensions by concept: values, catalog choices,
/// runs, the scenario. Each reader returns `nil` once it has reported why.
struct Validator {
    private(set) var problems: [Problem] = []
    /// The file's text, to point inside a scalar (an expression's offending character).
    let source: ScalarSource

    init(source: ScalarSource) {
        self.source = source
    }

    mutating func report(_ message: String, at node: YAMLNode) {
        report(message, at: node.position)
    }

    mutating func report(_ message: String, at position: SourcePosition) {
        problems.append(Problem(position: position, message: message))
    }
}

/// One key of a mapping and its value.
struct MappingEntry {
    let key: String
    let keyNode: YAMLNode
    let value: YAMLNode
}

extension Validator {
    /// The entries of a mapping node; anything else is reported as not `expected`.
    mutating func mapping(_ node: YAMLNode, _ name: String, expected: String) -> [MappingEntry]? {
        guard case .mapping(let pairs) = node.content else {
            report("\(name): expected \(expected), found \(node.found)", at: node)
            return nil
        }
        return pairs.compactMap { pair in
            guard let key = pair.key.scalar?.text else {
                report("expected a key name, found \(pair.key.found)", at: pair.key)
                return nil
            }
            return MappingEntry(key: key, keyNode: pair.key, value: pair.value)
        }
    }

    mutating func reportUnknownKey(_ entry: MappingEntry, in context: String, valid: [String]) {
        report(
            "unknown key '\(shown(entry.key))' in \(context); \(Suggestion.phrase(for: entry.key, among: valid))",
            at: entry.keyNode)
    }

    mutating func reportMissingKey(_ key: String, in context: String, at node: YAMLNode, expected: String) {
        report("missing key '\(key)' in \(context); expected \(expected)", at: node)
    }

    /// Looks `word` up among `valid`, reporting `unknown <what> 'word'; did you mean …` if absent.
    mutating func choose(_ node: YAMLNode, _ what: String, from valid: [String]) -> String? {
        guard let text = node.scalar?.text else {
            report("\(what): expected one of \(valid.joined(separator: ", ")), found \(node.found)", at: node)
            return nil
        }
        guard valid.contains(text) else {
            report("unknown \(what) '\(shown(text))'; \(Suggestion.phrase(for: text, among: valid))", at: node)
            return nil
        }
        return text
    }
}
