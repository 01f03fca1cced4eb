/// A place in a scenario file, 1-based, with columns counted in Unicode scalars (as libyaml counts).
public struct SourcePosition: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

extension SourcePosition: CustomStringConvertible {
    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}

extension SourcePosition {
    /// The position of the byte at `offset` in UTF-8 `bytes` (libyaml reports reader errors
    /// as byte offsets). Bytes that continue a multi-byte scalar do not count as columns.
    init(ofByteOffset offset: Int, in bytes: some Collection<UInt8>) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                column += 1
            }
        }
        self.init(line: line, column: column)
    }
}
