/// Where a byte stream cut at an arbitrary point can be split so that both parts stay valid
/// UTF-8: output reaches the terminal in chunks whose end may fall inside a character.
enum CompleteUTF8 {
    /// How many leading bytes of `bytes` end with a whole character: all of them, unless the
    /// last (up to three) bytes begin a sequence that is not complete yet.
    static func prefixLength(of bytes: [UInt8]) -> Int {
        // Walk back over at most three continuation bytes to the lead byte of the last sequence.
        var lead = bytes.count - 1
        while lead >= 0, lead > bytes.count - 4, bytes[lead] & 0b1100_0000 == 0b1000_0000 { lead -= 1 }
        guard lead >= 0 else { return bytes.count }
        let length = switch bytes[lead] {
        case 0b1111_0000...: 4
        case 0b1110_0000...: 3
        case 0b1100_0000...: 2
        default: 1
        }
        return lead + length > bytes.count ? lead : bytes.count
    }
}
