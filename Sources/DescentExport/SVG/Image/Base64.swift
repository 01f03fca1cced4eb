/// RFC 4648 base64 with padding, for the data URIs a figure embeds its images in (the
/// export has no Foundation).
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let group = UInt32(bytes[i]) << 16 | UInt32(n > 1 ? bytes[i + 1] : 0) << 8 | UInt32(n > 2 ? bytes[i + 2] : 0)
            for k in 0..<4 {
                out.append(k <= n ? alphabet[Int(group >> (18 - 6 * k) & 63)] : UInt8(ascii: "="))
            }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
