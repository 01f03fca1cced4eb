/// How runs are numbered on screen, in the panel and on the map (where the number marks the
/// run's current point): 1 … 9, the keys that select them, then ⑩ … ⑯, which no key types.
/// Letters would read as keys: `a` and `g` are keys already.
enum RunNumber {
    /// Runs 10 … 16, and their stand-ins without Unicode: capitals that no key takes, skipping
    /// those that read as other marks (B, E, G, I, L, O, P, R, W, X).
    static let beyondNine: [(unicode: Unicode.Scalar, ascii: Unicode.Scalar)] = [
        ("⑩", "A"), ("⑪", "C"), ("⑫", "D"), ("⑬", "F"), ("⑭", "H"), ("⑮", "J"), ("⑯", "K"),
    ]

    static func glyph(_ index: Int, unicode: Bool) -> Unicode.Scalar {
        if index < 9 { return Unicode.Scalar(UInt8(ascii: "1") + UInt8(index)) }
        let pair = beyondNine[min(index - 9, beyondNine.count - 1)]
        return unicode ? pair.unicode : pair.ascii
    }
}
