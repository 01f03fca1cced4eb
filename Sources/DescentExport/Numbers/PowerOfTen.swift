/// 10^e as a 126-bit significand `g` and a binary exponent, for scaling a Double by a power
/// of ten in exact integer arithmetic: g = floor(10^e · 2^(125 - binaryExponent)) + 1, so
/// g is in [2^125, 2^126] and always a little above the true value, never equal to it.
///
/// Why 126 bits and rounding up: with them, `scaleRoundingToOdd` gives exactly the integer
/// part of the true product and tells exactly whether a fraction remains, for every
/// significand a Double can bring (Giulietti, "The Schubfach way to render doubles", 2020).
struct PowerOfTen {
    /// g's high 63 bits (its top bit may reach 2^63 only if g == 2^126).
    let high: UInt64
    /// g's low 63 bits.
    let low: UInt64
    /// floor(log2(10^e)).
    let binaryExponent: Int

    /// The decimal exponents a Double's conversion can ask for.
    static let exponents = -292...324

    /// Computed once, exactly, rather than pasted as 617 opaque constants: each power of ten
    /// from the one before, by a multiplication or a division by 10, which makes the table a
    /// matter of a few hundred thousand instructions at the first number written.
    private static let table: [PowerOfTen] = negativeExponents() + nonNegativeExponents()

    @inline(__always)
    static func of(_ exponent: Int) -> PowerOfTen {
        table[exponent - exponents.lowerBound]
    }

    /// 10^-k for k from 292 down to 1: g = floor(2^(125 + w) / 10^k), where w is the bit width
    /// of 10^k (so that 2^-w < 10^-k, and binaryExponent = -w: 10^-k is no power of two). Each
    /// g is floor(2^n / 10^k) shifted right, for one n that serves them all, and that quotient
    /// is the last one divided by 10: floor(floor(a / b) / c) == floor(a / (b · c)) for naturals.
    private static func negativeExponents() -> [PowerOfTen] {
        var power = BigNatural(1)
        let widths = (1...(-exponents.lowerBound)).map { _ in
            power.multiply(by: 10)
            return power.bitWidth
        }
        let n = 125 + widths.last!
        var quotient = BigNatural(1)
        quotient.shiftLeft(by: n)
        return widths.map { width in
            quotient.divide(by: 10)
            var g = quotient
            g.shiftRight(by: n - 125 - width)
            return PowerOfTen(roundingUp: g, binaryExponent: -width)
        }.reversed()
    }

    /// 10^e for e from 0 up, shifted to 126 bits (exactly, or cut to its top bits).
    private static func nonNegativeExponents() -> [PowerOfTen] {
        var power = BigNatural(1)
        return (0...exponents.upperBound).map { e in
            if e > 0 { power.multiply(by: 10) }
            let binaryExponent = power.bitWidth - 1
            var g = power
            if binaryExponent <= 125 {
                g.shiftLeft(by: 125 - binaryExponent)
            } else {
                g.shiftRight(by: binaryExponent - 125)
            }
            return PowerOfTen(roundingUp: g, binaryExponent: binaryExponent)
        }
    }

    /// The entry whose g is `below` + 1.
    private init(roundingUp below: BigNatural, binaryExponent: Int) {
        self.binaryExponent = binaryExponent
        let words = below.words + [0, 0]
        let (low128, carry) = words[0].addingReportingOverflow(1)
        let high128 = words[1] + (carry ? 1 : 0)
        high = high128 << 1 | low128 >> 63
        low = low128 & Self.low63
    }

    /// floor(g · cp / 2^127), with the lowest bit set if the remainder is significant (at
    /// least 2^64 of 2^127): "round to odd", which keeps an inexact result from ever equalling
    /// an even quarter-unit that it is compared with.
    ///
    /// g exceeds the true power by less than 1, so the product by less than cp < 2^60: an
    /// exact true quotient never shows a significant remainder, and by the paper's bound an
    /// inexact one always does. `cp` must be below 2^60.
    @inline(__always)
    func scaleRoundingToOdd(_ cp: UInt64) -> UInt64 {
        // g · cp = high·cp · 2^63 + low·cp = y1·2^127 + y0·2^63 + x1·2^64 + x0
        let (x1, x0) = low.multipliedFullWidth(by: cp)
        let (y1, y0) = high.multipliedFullWidth(by: cp)
        let (_, carry) = x0.addingReportingOverflow((y0 & 1) &<< 63)
        // Bits 64 and up of the remainder plus one bit of integer part; cannot overflow:
        // y0 >> 1 < 2^63 and x1 < 2^59.
        let middle = (y0 &>> 1) &+ x1 &+ (carry ? 1 : 0)
        let integerPart = y1 &+ (middle &>> 63)
        return integerPart | ((middle & Self.low63) == 0 ? 0 : 1)
    }

    private static var low63: UInt64 { 0x7FFF_FFFF_FFFF_FFFF }
}
