import CYaml

/// Reads one YAML document by driving libyaml's event parser and building our own tree.
/// Yams's composer is avoided on purpose: it hashes mapping keys recursively, so an alias
/// bomb used as a key never finishes. Here every alias is paid for against a node budget.
enum YAMLReader {
    static let defaultNodeBudget = 10_000

    /// The UTF-8 byte-order mark that editors on Windows put first. libyaml skips it only when
    /// it detects the encoding itself; told the encoding, it would read the mark as text.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// libyaml's own nesting limit, a process-wide setting, raised once so that only
    /// `YAMLTreeBuilder`'s applies: libyaml counts levels its scanner has read ahead, so it
    /// stops early, at a wrong position, and in words meant for programmers.
    private static let libyamlNestingLimitRaised: Void = yaml_set_max_nest_level(Int32.max)

    /// The document's root, or `nil` when the file holds no document (empty or only comments).
    static func read(_ bytes: [UInt8], nodeBudget: Int = defaultNodeBudget) throws(YAMLError) -> YAMLNode? {
        // Positions then count from the first character an editor shows.
        let bytes = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
        _ = libyamlNestingLimitRaised
        try TextPrecheck.check(bytes)
        // libyaml asserts on a null input pointer, which an empty array may have.
        guard !bytes.isEmpty else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(position: SourcePosition(line: 1, column: 1), message: "out of memory")
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var builder = YAMLTreeBuilder(nodeBudget: nodeBudget)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(parser, &event) == 1 else {
                    throw syntaxError(of: parser.pointee, in: bytes)
                }
                defer { yaml_event_delete(&event) }
                if try builder.consume(YAMLEvent(event), at: SourcePosition(event.start_mark)) {
                    return builder.root
                }
            }
        }
    }

    /// libyaml's problem and context as one line, at the problem's position.
    private static func syntaxError(of parser: yaml_parser_t, in bytes: [UInt8]) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable input"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset instead of a mark.
            return YAMLError(
                position: SourcePosition(ofByteOffset: parser.problem_offset, in: bytes),
                message: "invalid YAML: \(problem); remove the character")
        }
        var message = "invalid YAML: \(problem)"
        if let context = parser.context {
            message += " (\(String(cString: context)) at \(SourcePosition(parser.context_mark)))"
        }
        return YAMLError(position: SourcePosition(parser.problem_mark), message: message)
    }
}

extension SourcePosition {
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(line: mark.line + 1, column: mark.column + 1)
    }
}

extension YAMLEvent {
    fileprivate init(_ event: yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            self = .documentStart
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            self = .scalar(
                YAMLScalar(text: text, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE), anchor: string(data.anchor))
        case YAML_ALIAS_EVENT:
            self = .alias(string(event.data.alias.anchor) ?? "")
        case YAML_SEQUENCE_START_EVENT:
            self = .sequenceStart(anchor: string(event.data.sequence_start.anchor))
        case YAML_MAPPING_START_EVENT:
            self = .mappingStart(anchor: string(event.data.mapping_start.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            self = .collectionEnd
        case YAML_STREAM_END_EVENT:
            self = .streamEnd
        default:
            self = .ignored
        }
    }
}

private func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
    pointer.map { String(cString: $0) }
}
