/// How runs are numbered on screen: 1 … 9 (the keys that select them), then a … g.
enum RunNumber {
    static func glyph(_ index: Int) -> Unicode.Scalar {
        index < 9 ? Unicode.Scalar(UInt8(ascii: "1") + UInt8(index)) : Unicode.Scalar(UInt8(ascii: "a") + UInt8(index - 9))
    }
}
