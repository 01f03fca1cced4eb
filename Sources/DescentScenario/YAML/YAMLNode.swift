/// One node of a parsed YAML document, with where it starts. Aliases are already expanded
/// (sharing storage with their anchor), so a consumer never sees anchors.
struct YAMLNode {
    enum Content {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Pairs in file order; keys are unique (the reader rejects duplicates).
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    let content: Content
    let position: SourcePosition

    /// The text of a scalar node, `nil` for collections.
    var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }
}

/// A scalar's text and whether it was written plain: only plain scalars can be numbers,
/// booleans or names; `"0.1"` is a string.
struct YAMLScalar: Hashable {
    let text: String
    let isPlain: Bool
}
