import Testing
@testable import DescentScenario

@Suite struct YAMLReaderTests {
    private func read(_ text: String) throws(YAMLError) -> YAMLNode? {
        try YAMLReader.read(Array(text.utf8))
    }

    private func error(_ text: String, nodeBudget: Int = YAMLReader.defaultNodeBudget) -> YAMLError? {
        do {
            _ = try YAMLReader.read(Array(text.utf8), nodeBudget: nodeBudget)
            return nil
        } catch {
            return error
        }
    }

    @Test func nodesCarryTheirPositionsAndStyles() throws {
        let root = try #require(try read("a: 1\nb:\n  - 'x'\n  - [2, \"3\"]\n"))
        guard case .mapping(let pairs) = root.content else {
            Issue.record("expected a mapping")
            return
        }
        #expect(pairs.map { $0.key.scalar?.text } == ["a", "b"])
        #expect(pairs[0].value.scalar == YAMLScalar(text: "1", isPlain: true))
        #expect(pairs[0].value.position == SourcePosition(line: 1, column: 4))
        guard case .sequence(let items) = pairs[1].value.content else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items[0].scalar == YAMLScalar(text: "x", isPlain: false))
        #expect(items[0].position == SourcePosition(line: 3, column: 5))
        #expect(items[1].flowText == "[2, \"3\"]")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(error("a: é\nb: éé: x\n") == YAMLError(
            position: SourcePosition(line: 2, column: 6),
            message: "invalid YAML: mapping values are not allowed in this context"))
    }

    @Test func controlCharactersArePlacedByTheirByteOffset() {
        #expect(error("a: é\nb: é\u{1}\n") == YAMLError(
            position: SourcePosition(line: 2, column: 5),
            message: "invalid YAML: control characters are not allowed; remove the character"))
    }

    @Test func aliasesExpandToTheirAnchors() throws {
        let root = try #require(try read("a: &x [1, 2]\nb: *x\n"))
        #expect(root.flowText == "{a: [1, 2], b: [1, 2]}")
    }

    @Test func emptyAndCommentOnlyDocumentsHaveNoRoot() throws {
        #expect(try read("") == nil)
        #expect(try read("# just a comment\n\n   # another\n") == nil)
    }

    @Test func duplicateKeysAreRefused() {
        #expect(error("a: 1\nb: 2\na: 3\n") == YAMLError(
            position: SourcePosition(line: 3, column: 1),
            message: "duplicate key 'a' (first at 1:1); each key may appear once"))
    }

    @Test func unknownAliasesAreRefused() {
        #expect(error("a: *nowhere\n") == YAMLError(
            position: SourcePosition(line: 1, column: 4),
            message: "unknown alias '*nowhere'; define '&nowhere' before using it"))
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(error("a: 1\n---\nb: 2\n") == YAMLError(
            position: SourcePosition(line: 2, column: 1),
            message: "a second YAML document; a scenario file holds exactly one"))
    }

    @Test func theBudgetCountsExpandedNodes() {
        // 1 mapping + 2 keys + anchored list of 3 + alias worth 3 = 9 nodes.
        let text = "a: &x [1, 2]\nb: *x\n"
        #expect(error(text, nodeBudget: 9) == nil)
        #expect(error(text, nodeBudget: 8)?.message == "the document expands to more than 8 nodes (alias bomb?)")
    }

    @Test func tabsInIndentationAreNamed() {
        #expect(error("runs:\n  - optimizer: sgd\n \tlr: 1\n") == YAMLError(
            position: SourcePosition(line: 3, column: 2),
            message: "tab character in indentation; YAML indents with spaces"))
        // Even on a blank or comment line, where libyaml's words would be cryptic.
        #expect(error("a: 1\n\t# note\n")?.position == SourcePosition(line: 2, column: 1))
        #expect(error("a: 1\n  \t\nb: 2\n")?.position == SourcePosition(line: 2, column: 3))
        // After the indentation a tab separates, as YAML allows.
        #expect(error("a:\t2 \t# note\n") == nil)
    }

    @Test func invalidUTF8IsPlaced() {
        var bytes = Array("name: ok\nlabel: caf".utf8)
        bytes += [0xC3, 0x28]
        #expect(throws: YAMLError(
            position: SourcePosition(line: 2, column: 11),
            message: "invalid UTF-8; save the scenario as UTF-8 text")) { try YAMLReader.read(bytes) }
    }

    @Test func deepNestingNeedsNoStack() throws {
        // The builder keeps open collections on the heap, and stops at its own limit.
        func nested(_ depth: Int) -> String {
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
        #expect(try read(nested(900)) != nil)
        #expect(error(nested(5000))?.message == "nested too deeply (limit 1000)")
    }
}

/// What editors and hostile files put around a document.
@Suite struct YAMLReaderEdgeTests {
    @Test func aByteOrderMarkIsAccepted() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(problems(bom + Array(minimalScenario.utf8)) == [])
        // Positions on the first line count columns as an editor shows them, without the mark.
        #expect(problems(bom + Array("landscape: nowhere\nsteps: 1\nruns: [{optimizer: sgd}]\n".utf8)).first?
            .hasPrefix("test.yaml:1:12: unknown landscape 'nowhere'") == true)
    }

    @Test(arguments: ["[", "{a: "])
    func deepNestingIsRefusedAtTheCollectionTooDeep(opener: String) {
        let limit = YAMLTreeBuilder.nestingLimit
        let text = "name: x\nlabel: " + String(repeating: opener, count: 10_000) + "\n"
        // The collection one level past the limit, counting the root mapping as one level.
        let column = 8 + (limit - 1) * opener.count
        #expect(problems(text) == ["test.yaml:2:\(column): nested too deeply (limit \(limit))"])
    }
}
