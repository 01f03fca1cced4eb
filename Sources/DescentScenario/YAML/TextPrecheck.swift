/// Checks libyaml does not make, or reports cryptically, done on the raw bytes before parsing.
enum TextPrecheck {
    /// Throws at the first byte that is not UTF-8, or the first tab in a line's indentation
    /// (libyaml refuses those even on blank and comment lines, in words few would understand).
    static func check(_ bytes: some Collection<UInt8>) throws(YAMLError) {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        var inIndentation = true
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return
            case .error:
                throw YAMLError(
                    position: SourcePosition(line: line, column: column),
                    message: "invalid UTF-8; save the scenario as UTF-8 text")
            case .scalarValue(let scalar):
                switch scalar {
                case "\n":
                    line += 1
                    column = 1
                    inIndentation = true
                    continue
                case "\t" where inIndentation:
                    throw YAMLError(
                        position: SourcePosition(line: line, column: column),
                        message: "tab character in indentation; YAML indents with spaces")
                case " ":
                    break
                default:
                    inIndentation = false
                }
                column += 1
            }
        }
    }
}
