/// Builds a `YAMLNode` tree from parser events without recursion (nesting depth costs heap,
/// not stack), expanding aliases under a budget on the expanded size of the document, so
/// that a billion-laughs file is refused after a few thousand nodes instead of hanging.
struct YAMLTreeBuilder {
    /// Collections inside collections, the root counting as one: libyaml's own default, far
    /// more than a scenario needs (it nests four deep).
    static let nestingLimit = 1000
    private let nodeBudget: Int
    /// Nodes of the expanded document so far; an alias counts its anchor's whole subtree.
    private var nodeCount = 0
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var open: [OpenCollection] = []
    private var documentCount = 0
    private(set) var root: YAMLNode?

    init(nodeBudget: Int) {
        self.nodeBudget = nodeBudget
    }

    /// Consumes one event; returns true at the end of the stream.
    mutating func consume(_ event: YAMLEvent, at position: SourcePosition) throws(YAMLError) -> Bool {
        switch event {
        case .documentStart:
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
                    position: position, message: "a second YAML document; a scenario file holds exactly one")
            }
        case .scalar(let scalar, let anchor):
            let node = YAMLNode(content: .scalar(scalar), position: position)
            register(node, size: 1, as: anchor)
            try attach(node, size: 1, newNodes: 1)
        case .alias(let name):
            guard let (node, size) = anchors[name] else {
                throw YAMLError(
                    position: position, message: "unknown alias '*\(name)'; define '&\(name)' before using it")
            }
            try attach(YAMLNode(content: node.content, position: position), size: size, newNodes: size)
        case .sequenceStart(let anchor):
            try openCollection(OpenCollection(isMapping: false, anchor: anchor, position: position))
        case .mappingStart(let anchor):
            try openCollection(OpenCollection(isMapping: true, anchor: anchor, position: position))
        case .collectionEnd:
            guard let collection = open.popLast() else { return false }
            let node = collection.node
            register(node, size: collection.size, as: collection.anchor)
            // Its children were counted as they came; only the collection itself is new.
            try attach(node, size: collection.size, newNodes: 1)
        case .streamEnd:
            return true
        case .ignored:
            break
        }
        return false
    }

    private mutating func openCollection(_ collection: OpenCollection) throws(YAMLError) {
        guard open.count < Self.nestingLimit else {
            throw YAMLError(position: collection.position, message: "nested too deeply (limit \(Self.nestingLimit))")
        }
        open.append(collection)
    }

    private mutating func register(_ node: YAMLNode, size: Int, as anchor: String?) {
        if let anchor { anchors[anchor] = (node, size) }
    }

    /// Adds a finished node (of `size` nodes expanded, `newNodes` of them not yet counted) to
    /// the innermost open collection, or makes it the root.
    private mutating func attach(_ node: YAMLNode, size: Int, newNodes: Int) throws(YAMLError) {
        nodeCount += newNodes
        if nodeCount > nodeBudget {
            throw YAMLError(
                position: node.position,
                message: "the document expands to more than \(nodeBudget) nodes (alias bomb?)")
        }
        guard !open.isEmpty else {
            root = node
            return
        }
        try open[open.count - 1].append(node, size: size)
    }
}

/// A sequence or mapping whose end event has not come yet.
private struct OpenCollection {
    let isMapping: Bool
    let anchor: String?
    let position: SourcePosition
    /// For a mapping: key, value, key, value, …
    private var items: [YAMLNode] = []
    private var keyPositions: [String: SourcePosition] = [:]
    /// This node and everything under it, aliases expanded.
    private(set) var size = 1

    init(isMapping: Bool, anchor: String?, position: SourcePosition) {
        self.isMapping = isMapping
        self.anchor = anchor
        self.position = position
    }

    mutating func append(_ node: YAMLNode, size: Int) throws(YAMLError) {
        if isMapping, items.count.isMultiple(of: 2), let key = node.scalar?.text {
            if let first = keyPositions[key] {
                throw YAMLError(
                    position: node.position,
                    message: "duplicate key '\(key)' (first at \(first)); each key may appear once")
            }
            keyPositions[key] = node.position
        }
        items.append(node)
        self.size += size
    }

    var node: YAMLNode {
        guard isMapping else { return YAMLNode(content: .sequence(items), position: position) }
        let pairs = stride(from: 0, to: items.count - 1, by: 2).map { (key: items[$0], value: items[$0 + 1]) }
        return YAMLNode(content: .mapping(pairs), position: position)
    }
}
