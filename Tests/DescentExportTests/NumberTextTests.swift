@testable import DescentCore
import Testing

@testable import DescentExport

@Suite struct NumberTextTests {
    @Test(arguments: [
        (1.0, "1.0"), (0.0, "0.0"), (-0.0, "-0.0"), (0.0001, "0.0001"), (1e-05, "1e-05"),
        (-1.4999999999999998, "-1.4999999999999998"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
        (.leastNonzeroMagnitude, "5e-324"), (0.1, "0.1"), (0.3, "0.3"), (12.5, "12.5"), (-155.0, "-155.0"),
        (1e23, "1e+23"), (1.0000000000000001e23, "1.0000000000000001e+23"), (1e100, "1e+100"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (Double.leastNormalMagnitude.nextDown, "2.225073858507201e-308"), (9007199254740992.0, "9007199254740992.0"),
        (9007199254740994.0, "9.007199254740994e+15"), (1125899906842624.25, "1125899906842624.2"),
        (0.00010000000000000002, "0.00010000000000000002"), (9.999999999999999e-05, "9.999999999999999e-05"),
        (123456789012345678.0, "1.2345678901234568e+17"), (-2.5e-10, "-2.5e-10"),
    ] as [(Double, String)])
    func knownSpellings(value: Double, expected: String) {
        #expect(spelling(value) == expected)
        #expect(spelling(value) == value.description)
    }

    @Test func nonFiniteValues() {
        #expect(spelling(.nan) == "nan")
        #expect(spelling(-.nan) == "nan")
        #expect(spelling(Double(nan: 0x1234, signaling: true)) == "nan")
        #expect(spelling(.infinity) == "inf")
        #expect(spelling(-.infinity) == "-inf")
    }

    @Test func randomBitPatternsAcrossTheWholeRange() {
        var random = SplitMix64(seed: 20_240_601)
        expectSameAsDescription((0..<200_000).map { _ in Double(bitPattern: random.next()) })
    }

    @Test func randomSubnormals() {
        var random = SplitMix64(seed: 7)
        expectSameAsDescription((0..<50_000).map { _ in
            Double(bitPattern: random.next() & 0x800F_FFFF_FFFF_FFFF)
        })
    }

    @Test func powersOfTwoAndTheirNeighbours() {
        // The interval below a power of two is half as wide: Schubfach's special case.
        let powers = (-1074...1023).map { Double(sign: .plus, exponent: $0, significand: 1) }
        expectSameAsDescription(powers.flatMap { [$0.nextDown, $0, $0.nextUp, -$0] })
    }

    @Test func powersOfTenAndTheirNeighbours() {
        let powers = (-323...308).map { Double("1e\($0)")! }
        expectSameAsDescription(powers.flatMap { [$0.nextDown, $0, $0.nextUp, 5 * $0, 3 * $0] })
    }

    @Test func integers() {
        var random = SplitMix64(seed: 42)
        let values = (0..<50_000).map { i -> Double in
            let magnitude = random.next() >> (random.next() % 64)
            return Double(i % 2 == 0 ? Int64(bitPattern: magnitude) : Int64(bitPattern: magnitude) / 3)
        }
        expectSameAsDescription(values + (-1000...1000).map(Double.init))
    }

    @Test func shortDecimals() {
        // Values typed by people: few digits, every scale.
        var random = SplitMix64(seed: 3)
        expectSameAsDescription((0..<50_000).map { _ in
            Double("\(random.next() % 100_000)e\(Int(random.next() % 80) - 40)")!
        })
    }

    @Test func randomSignificandsInEveryBinade() {
        // Every binary exponent, normal and subnormal, several random significands each.
        var random = SplitMix64(seed: 2_026_1126)
        let values = (0...0x7FE).flatMap { biasedExponent in
            (0..<24).map { _ in
                Double(bitPattern: UInt64(biasedExponent) << 52 | random.next() & 0x800F_FFFF_FFFF_FFFF)
            }
        }
        expectSameAsDescription(values)
    }

    @Test func decimalsWithTrailingZerosAtEveryScale() {
        // 1 to 17 significant digits followed by up to 16 zeros, at every decimal scale: the
        // shortest significands come out with trailing zeros to strip.
        var random = SplitMix64(seed: 99)
        let values = (0..<60_000).map { _ -> Double in
            let digits = Int(random.next() % 17) + 1
            var significand = random.next() % 100_000_000_000_000_000
            for _ in digits..<17 { significand /= 10 }
            let zeros = String(repeating: "0", count: Int(random.next() % 17))
            return Double("\(significand)\(zeros)e\(Int(random.next() % 660) - 345)")!
        }
        expectSameAsDescription(values)
    }

    @Test func neighboursOfWhereTheSpellingChangesForm() {
        // 1e-4 and 2^53 switch between fixed and exponential form; up to 1e22 every power of
        // ten is a Double, and integers up to 2^53 are all exact.
        let edges: [Double] = [1e-4, 1e-3, 0.1, 1, 10, 0x1p53, 0x1p52, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23]
        var values: [Double] = []
        for edge in edges {
            var below = edge, above = edge
            for _ in 0..<200 {
                below = below.nextDown
                above = above.nextUp
                values += [below, above, 3 * below, 7 * above]
            }
            values.append(edge)
        }
        values += (0...22).map { Double("1e\($0)")! * 9.5 } + (0...53).map { Double(sign: .plus, exponent: $0, significand: 1) - 1 }
        expectSameAsDescription(values + values.map { -$0 })
    }

    @Test func integersAtEveryDigitCount() {
        // Where an Int gains a digit: each power of ten and power of two, and their neighbours.
        var powers: [Int] = []
        var ten = 1
        for _ in 0..<19 {
            powers.append(ten)
            ten = ten.multipliedReportingOverflow(by: 10).partialValue
        }
        powers += (0..<63).map { 1 << $0 }
        let values = powers.flatMap { [$0 - 1, $0, $0 + 1, -$0, -($0 - 1)] } + [Int.max, Int.min, Int.min + 1]
        let mismatches = values.filter { spelling($0) != String($0) }
        #expect(mismatches.isEmpty, "e.g. \(mismatches.prefix(5))")
    }

    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 250_000, 1_000_000_007, Int.max, Int.min])
    func integerSpelling(value: Int) {
        #expect(spelling(value) == String(value))
    }

    @Test func randomIntegerSpelling() {
        var random = SplitMix64(seed: 11)
        let mismatches = (0..<20_000).map { _ in Int(bitPattern: UInt(random.next() >> (random.next() % 64))) }
            .filter { spelling($0) != String($0) || spelling(-$0) != String(-$0) }
        #expect(mismatches.count == 0, "e.g. \(mismatches.prefix(5))")
    }

    /// Byte for byte as `description`, reading back as the same Double, within the promised length.
    private func expectSameAsDescription(_ values: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        let mismatches = values.filter { value in
            let text = spelling(value)
            return text != value.description || value.isFinite && Double(text) != value
        }
        let examples = mismatches.prefix(5).map { "bits \($0.bitPattern): \(spelling($0)) vs \($0.description)" }
        let mismatchCount = mismatches.count
        #expect(mismatchCount == 0, "of \(values.count), e.g. \(examples)", sourceLocation: sourceLocation)
    }
}
