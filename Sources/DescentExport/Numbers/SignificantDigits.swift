#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A number to a few significant digits, as printf's `%.Ng` spells it (`0.001`, `2.5e-05`,
/// `1.2e+03`), with non-finite values spelled as in the CSV. descent never sets a locale for
/// numbers, so the decimal point is always `.`.
enum SignificantDigits {
    static func format(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        var text = [CChar](repeating: 0, count: 40)
        _ = withVaList([Int32(digits), value]) { vsnprintf(&text, text.count, "%.*g", $0) }
        return text.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
