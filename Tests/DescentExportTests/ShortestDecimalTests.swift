import Foundation
import Testing

@testable import DescentExport

@Suite struct ShortestDecimalTests {
    /// Every binary exponent of a Double, subnormals included.
    static let binaryExponents = -1074...971

    @Test func floorLog10Pow2IsExactForEveryExponent() {
        let wrong = Self.binaryExponents.filter { q in
            ShortestDecimal.floorLog10Pow2(q) != Int((Double(q) * log10(2)).rounded(.down))
        }
        #expect(wrong.isEmpty)
    }

    @Test func floorLog10ThreeQuartersPow2IsExactForEveryExponent() {
        let wrong = Self.binaryExponents.filter { q in
            ShortestDecimal.floorLog10ThreeQuartersPow2(q) != Int((Double(q) * log10(2) + log10(0.75)).rounded(.down))
        }
        #expect(wrong.isEmpty)
    }

    @Test func tableCoversEveryDecimalExponentADoubleNeeds() {
        let needed = Self.binaryExponents.flatMap {
            [-ShortestDecimal.floorLog10Pow2($0), -ShortestDecimal.floorLog10ThreeQuartersPow2($0)]
        }
        #expect(needed.min()! >= PowerOfTen.exponents.lowerBound)
        #expect(needed.max()! <= PowerOfTen.exponents.upperBound)
    }

    @Test func tableBinaryExponentsAreFloorLog2() {
        let wrong = PowerOfTen.exponents.filter { e in
            PowerOfTen.of(e).binaryExponent != Int((Double(e) * log2(10)).rounded(.down))
        }
        #expect(wrong.isEmpty)
    }

    @Test func tableEntriesAreRoundedUp126BitSignificands() {
        // 1 = 2^125 · 2^-125, so g = 2^125 + 1.
        let one = PowerOfTen.of(0)
        #expect((one.high, one.low, one.binaryExponent) == (1 << 62, 1, 0))
        // 10 = 5 · 2^123 · 2^(3 - 125).
        let ten = PowerOfTen.of(1)
        #expect((ten.high, ten.low, ten.binaryExponent) == (5 << 60, 1, 3))
        // 0.1 · 2^129 = 2^128 / 5 = 0x6666…6666.66…, so g ends in …334 after rounding up.
        let tenth = PowerOfTen.of(-1)
        #expect((tenth.high, tenth.low, tenth.binaryExponent) == (0x6666_6666_6666_6666, 0x3333_3333_3333_3334, -4))
    }

    @Test func decimalsAreShortestAndClosest() {
        let cases: [(Double, UInt64, Int)] = [
            (1.0, 1, 0), (.leastNonzeroMagnitude, 5, -324), (1e23, 1, 23), (0.3, 3, -1),
            (1.7976931348623157e308, 17_976_931_348_623_157, 292),
            // Exactly halfway between …242 and …243: the even one.
            (1125899906842624.25, 11_258_999_068_426_242, -1),
        ]
        for (value, significand, exponent) in cases {
            let decimal = ShortestDecimal(value)
            #expect((decimal.significand, decimal.exponent) == (significand, exponent), "\(value)")
        }
    }
}
