/// A text field as RFC 4180 wants it: as is, or in double quotes with its quotes doubled when
/// it holds a comma, a quote, CR or LF.
enum CSVField {
    static func encoded(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        guard bytes.contains(where: special.contains) else { return bytes }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        for byte in bytes {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return quoted
    }
}
