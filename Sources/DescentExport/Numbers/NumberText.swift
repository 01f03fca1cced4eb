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
        var magnitude = UInt64(value.magnitude)
        let count = decimalLength(magnitude)
        writeLowDigits(of: &magnitude, count: count, to: p)
        return p + count - start
    }

    /// Each form is written in one pass over the significand's digits, lowest first: the
    /// digits after the decimal point, then what remains of the significand before it.
    private static func writePositive(_ value: Double, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let decimal = ShortestDecimal(value)
        var digits = decimal.significand
        let count = decimalLength(digits)
        // Digits before the decimal point; zero or less when the value is below 1.
        let point = count + decimal.exponent
        if point < -3 || value > 0x1p53 {
            // d.ddde±xx
            var length = 1
            if count > 1 {
                writeLowDigits(of: &digits, count: count - 1, to: p + 2)
                p[1] = UInt8(ascii: ".")
                length = count + 1
            }
            p[0] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits)
            return length + writeExponent(point - 1, to: p + length)
        }
        if point <= 0 {
            // 0.000ddd
            p[0] = UInt8(ascii: "0")
            p[1] = UInt8(ascii: ".")
            (p + 2).update(repeating: UInt8(ascii: "0"), count: -point)
            writeLowDigits(of: &digits, count: count, to: p + 2 - point)
            return 2 - point + count
        }
        if point >= count {
            // ddd000.0
            writeLowDigits(of: &digits, count: count, to: p)
            (p + count).update(repeating: UInt8(ascii: "0"), count: point - count)
            p[point] = UInt8(ascii: ".")
            p[point + 1] = UInt8(ascii: "0")
            return point + 2
        }
        // ddd.ddd
        writeLowDigits(of: &digits, count: count - point, to: p + point + 1)
        p[point] = UInt8(ascii: ".")
        writeLowDigits(of: &digits, count: point, to: p)
        return count + 1
    }

    /// `e-05`, `e+16`, `e+308`: a sign always, two digits at least.
    private static func writeExponent(_ exponent: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: "e")
        p[1] = exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
        var magnitude = UInt64(exponent.magnitude)
        let count = magnitude < 100 ? 2 : 3
        writeLowDigits(of: &magnitude, count: count, to: p + 2)
        return count + 2
    }

    /// Writes the `count` lowest decimal digits of `value` at `p` (leading zeros if it has
    /// fewer) and leaves in `value` the digits above them. Two digits per division by 100,
    /// spelled by `digitPairs` rather than by two more divisions.
    @inline(__always)
    private static func writeLowDigits(of value: inout UInt64, count: Int, to p: UnsafeMutablePointer<UInt8>) {
        var end = count
        while end >= 2 {
            let pair = Int(truncatingIfNeeded: value % 100)
            value /= 100
            end -= 2
            p[end] = digitPairs[2 * pair]
            p[end + 1] = digitPairs[2 * pair + 1]
        }
        if end == 1 {
            p[0] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
            value /= 10
        }
    }

    /// `00`, `01`, … `99`, each pair of digits at twice its value.
    private static var digitPairs: UnsafePointer<UInt8> {
        let pairs: StaticString = """
            00010203040506070809101112131415161718192021222324252627282930313233343536373839\
            40414243444546474849505152535455565758596061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899
            """
        return pairs.utf8Start
    }

    /// Number of decimal digits of `value`, 1 for zero: its bit width leaves two candidates,
    /// and one comparison with the power of ten between them decides.
    @inline(__always)
    private static func decimalLength(_ value: UInt64) -> Int {
        // 1233 / 4096 is just below log10(2); for every width up to 64 bits, a number of that
        // width has `guess` or `guess + 1` digits.
        let value = value | 1
        let guess = ((64 - value.leadingZeroBitCount) * 1233) >> 12
        return guess + (value >= powersOfTen[guess] ? 1 : 0)
    }

    /// 10^0 … 10^19, every power of ten a UInt64 holds.
    private static let powersOfTen: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
        1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ]

    private static func writeASCII(_ text: StaticString, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }
}
