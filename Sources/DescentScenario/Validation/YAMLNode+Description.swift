import DescentCore

extension YAMLNode {
    /// What the file holds here, for "expected …, found …": `'abc'`, `2.5`, `the string "0.1"`,
    /// `a list of 3 items`, `a mapping`, `nothing`.
    var found: String {
        switch content {
        case .scalar(let s) where !s.isPlain:
            return "the string \"\(shown(s.text))\""
        case .scalar(let s) where s.text.isEmpty:
            return "nothing"
        case .scalar(let s):
            let isLiteral = NumberSyntax.double(s.text) != nil || s.text == "true" || s.text == "false"
            return isLiteral ? shown(s.text) : "'\(shown(s.text))'"
        case .sequence(let items):
            return "a list of \(items.count) item\(items.count == 1 ? "" : "s")"
        case .mapping:
            return "a mapping"
        }
    }

    /// The node written back in flow style, as the user wrote it: `-0.1`, `[0.9, 1.5]`.
    var flowText: String {
        switch content {
        case .scalar(let s): return s.isPlain ? shown(s.text) : "\"\(shown(s.text))\""
        case .sequence(let items): return "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case .mapping(let pairs): return "{" + pairs.map { "\($0.key.flowText): \($0.value.flowText)" }.joined(separator: ", ") + "}"
        }
    }
}

/// User text as it may appear in a message: control characters escaped
/// (`DisplayText.clean`), so that a scenario cannot drive the terminal, and long text cut short.
func shown(_ text: String) -> String {
    let limit = 60
    let result = DisplayText.clean(String(text.unicodeScalars.prefix(limit)))
    return text.unicodeScalars.count > limit ? result + "…" : result
}
