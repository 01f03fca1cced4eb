/// The shortest decimal `significand · 10^exponent` that reads back as a given positive,
/// finite Double, and of several such the closest to it (a tie goes to the even one).
///
/// The method is Schubfach's (Giulietti 2020): a Double v = c · 2^q reads back from any
/// decimal inside its rounding interval, the points halfway to its neighbours (the ends
/// count when c is even, as reading rounds ties to even). Scale v and both ends by one power
/// of ten, 10^-k, chosen so the interval is between 1 and 10 units wide. Then a multiple of
/// ten inside the interval, if there is one, is unique and has the fewest digits; otherwise
/// the answer is one of the integers either side of the scaled v. Everything is exact integer
/// arithmetic, with no loop over digits and no slow fallback.
struct ShortestDecimal {
    var significand: UInt64
    var exponent: Int

    /// The arithmetic wraps (`&+`, `&<<`) rather than checking for overflow on every step of
    /// every number written: no value here comes near 2^64 (the scaled ones are below 2^60).
    init(_ value: Double) {
        assert(value.isFinite && value > 0)
        let bits = value.bitPattern
        let biasedExponent = Int(bits >> 52)
        let fraction = bits & 0x000F_FFFF_FFFF_FFFF
        let c = biasedExponent == 0 ? fraction : fraction | 1 << 52
        let q = max(biasedExponent, 1) &- 1075
        // Just above a power of two the Double below is half as far away as the one above.
        let narrowBelow = fraction == 0 && biasedExponent > 1
        // Quarter units of 2^q keep v and both ends of the interval integers.
        let v4 = c &<< 2
        let upper4 = v4 &+ 2
        let lower4 = narrowBelow ? v4 &- 1 : v4 &- 2
        let k = narrowBelow ? Self.floorLog10ThreeQuartersPow2(q) : Self.floorLog10Pow2(q)
        let scale = PowerOfTen.of(-k)
        // Shifting by this (2 to 5) makes g · (x << shift) = 2^127 · x · 2^q · 10^-k, so the
        // scaling always divides by 2^127.
        let shift = q &+ scale.binaryExponent &+ 2
        let v = scale.scaleRoundingToOdd(v4 &<< shift)
        let lower = scale.scaleRoundingToOdd(lower4 &<< shift)
        let upper = scale.scaleRoundingToOdd(upper4 &<< shift)
        // The scaled points are in quarter units, rounded to odd: an inexact one is odd, so it
        // never equals the multiple of four it is compared with and lies on the right side of it.
        let openEnds: UInt64 = c & 1
        func isInside(_ candidate: UInt64) -> Bool {
            lower &+ openEnds <= candidate &<< 2 && candidate &<< 2 &+ openEnds <= upper
        }

        let s = v &>> 2
        let tenBelow = s / 10 &* 10
        let tenAbove = tenBelow &+ 10
        // At most one multiple of ten fits; if one does, no fewer digits can.
        if isInside(tenBelow) != isInside(tenAbove) {
            self.init(stripping: (isInside(tenBelow) ? tenBelow : tenAbove) / 10, exponent: k &+ 1)
            return
        }
        let t = s &+ 1
        switch (isInside(s), isInside(t)) {
        case (true, false): self.init(significand: s, exponent: k)
        case (false, true): self.init(significand: t, exponent: k)
        default:
            // Both fit (one always does): take the closer to v; a tie goes to the even one.
            let midpoint = (s &+ t) &<< 1
            let closer = v < midpoint || (v == midpoint && s & 1 == 0) ? s : t
            self.init(significand: closer, exponent: k)
        }
    }

    private init(significand: UInt64, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    /// Drops trailing zeros, which only a multiple of ten can bring: eight at a time while
    /// there are eight, then four, two and one, so the up to 16 zeros of a short decimal
    /// (`0.5` reaches here as 5000000000000000) cost a few divisions rather than one each.
    private init(stripping significand: UInt64, exponent: Int) {
        var significand = significand, exponent = exponent
        while significand % 100_000_000 == 0 {
            significand /= 100_000_000
            exponent += 8
        }
        func drop(_ digits: Int, dividingBy divisor: UInt64) {
            if significand % divisor == 0 {
                significand /= divisor
                exponent += digits
            }
        }
        drop(4, dividingBy: 10_000)
        drop(2, dividingBy: 100)
        drop(1, dividingBy: 10)
        self.init(significand: significand, exponent: exponent)
    }

    /// floor(q · log10(2)) for |q| < 2^11, by a fixed-point log10(2) accurate to 2^-41.
    static func floorLog10Pow2(_ q: Int) -> Int {
        (q * 661_971_961_083) >> 41
    }

    /// floor(q · log10(2) + log10(3/4)) for |q| < 2^11, the same way.
    static func floorLog10ThreeQuartersPow2(_ q: Int) -> Int {
        (q * 661_971_961_083 - 274_743_187_321) >> 41
    }
}
