/// How descent spells numbers in text, written straight into memory the caller has made room
/// for: no String, no allocation.
///
/// A Double is spelled exactly as Swift's `description`: the shortest decimal that reads back
/// as the same Double; `1.0`, `0.0001`, `1e-05`, `1e+16`, `5e-324`, `-0.0`, `nan`, `inf`,
/// `-inf`. Exponential form is used below 1e-4 and above 2^53, where not every integer is a
/// Double any more. (Python's `repr` differs only there: it writes `9007199254740994.0` for
/// what Swift writes `9.007199254740994e+15`; both read back the same.)
enum NumberText {
    /// The longest spelling of a Double, e.g. `-2.2250738585072014e-308`.
    static let maxDoubleLength = 24
    /// The longest spelling of an Int, `-9223372036854775808`.
    static let maxIntLength = 20

    /// Writes `value` at `start` and returns the number of bytes written.
    static func write(_ value: Double, to start: UnsafeMutablePointer<UInt8>) -> Int {
        // Like `description`, a NaN is `nan` whatever its sign and payload.
        if value.isNaN { return writeASCII("nan", to: start) }
        var p = start
        if value.sign == .minus {
            p.pointee = UInt8(ascii: "-")
            p += 1
        }
        let magnitude = value.magnitude
        if magnitude == .infinity {
            p += writeASCII("inf", to: p)
        } else if magnitude == 0 {
            p += writeASCII("0.0", to: p)
        } else {
            p += writePositive(magnitude, to: p)
        }
        return p - start
    }

    /// Writes `value` at `start` and returns the number of bytes written.
    static func write(_ value: Int, to start: UnsafeMutablePointer<UInt8>) -> Int {
        var p = start
        if value < 0 {
            p.pointee = UInt8(ascii: "-")
            p += 1
        }
        let magnitude = UInt64(value.magnitude)
        let count = decimalLength(magnitude)
        writeDigits(magnitude, count: count, to: p)
        return p + count - start
    }

    private static func writePositive(_ value: Double, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let decimal = ShortestDecimal(value)
        let count = decimalLength(decimal.significand)
        // Digits before the decimal point; zero or less when the value is below 1.
        let point = count + decimal.exponent
        if point < -3 || value > 0x1p53 {
            // d.ddde±xx, from the digits written one byte late and the first moved forward.
            writeDigits(decimal.significand, count: count, to: p + 1)
            p[0] = p[1]
            var length = 1
            if count > 1 {
                p[1] = UInt8(ascii: ".")
                length = count + 1
            }
            return length + writeExponent(point - 1, to: p + length)
        }
        if point <= 0 {
            // 0.000ddd
            p[0] = UInt8(ascii: "0")
            p[1] = UInt8(ascii: ".")
            (p + 2).update(repeating: UInt8(ascii: "0"), count: -point)
            writeDigits(decimal.significand, count: count, to: p + 2 - point)
            return 2 - point + count
        }
        if point >= count {
            // ddd000.0
            writeDigits(decimal.significand, count: count, to: p)
            (p + count).update(repeating: UInt8(ascii: "0"), count: point - count)
            p[point] = UInt8(ascii: ".")
            p[point + 1] = UInt8(ascii: "0")
            return point + 2
        }
        // ddd.ddd, from the digits written one byte late and the integer part moved forward.
        writeDigits(decimal.significand, count: count, to: p + 1)
        p.update(from: p + 1, count: point)
        p[point] = UInt8(ascii: ".")
        return count + 1
    }

    /// `e-05`, `e+16`, `e+308`: a sign always, two digits at least.
    private static func writeExponent(_ exponent: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: "e")
        p[1] = exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
        let magnitude = UInt64(exponent.magnitude)
        let count = max(decimalLength(magnitude), 2)
        writeDigits(magnitude, count: count, to: p + 2)
        return count + 2
    }

    /// The `count` lowest decimal digits of `value` (leading zeros if it has fewer), two at a
    /// time from the end.
    @inline(__always)
    private static func writeDigits(_ value: UInt64, count: Int, to p: UnsafeMutablePointer<UInt8>) {
        var value = value, end = count
        while end >= 2 {
            let pair = UInt8(truncatingIfNeeded: value % 100)
            value /= 100
            end -= 2
            p[end] = UInt8(ascii: "0") + pair / 10
            p[end + 1] = UInt8(ascii: "0") + pair % 10
        }
        if end == 1 {
            p[0] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
        }
    }

    /// Number of decimal digits of `value`, 1 for zero.
    @inline(__always)
    private static func decimalLength(_ value: UInt64) -> Int {
        var length = 1, bound: UInt64 = 10
        // 10^19 is the last power of ten a UInt64 holds.
        while length < 20 && value >= bound {
            length += 1
            bound &*= 10
        }
        return length
    }

    private static func writeASCII(_ text: StaticString, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }
}
