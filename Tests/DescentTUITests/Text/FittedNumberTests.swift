import Testing

@testable import DescentCore
@testable import DescentTUI

@Suite struct FittedNumberTests {
    @Test(arguments: [
        (0.001, 10, "0.001"),
        (0.1 + 0.2, 19, "0.30000000000000004"),
        (0.1 + 0.2, 10, "0.3"),
        (1234.5678, 6, "1234.6"),
        (-1.2345678901234567e-05, 9, "-1.235e-5"),
        (1e300, 5, "1e300"),
        (-0.0, 2, "-0.0"),
        (.infinity, 3, "inf"),
    ])
    func fitsAsExactlyAsRoomAllows(value: Double, columns: Int, expected: String) {
        #expect(FittedNumber.format(value, columns: columns) == expected)
    }

    /// Whatever the room (from 8 columns, enough for any exponent form), the text fits and reads
    /// back within the precision of its digits; with room for it, it reads back exactly.
    @Test func fitsAndReadsBack() {
        var rng = SplitMix64(seed: 8)
        for _ in 0..<2000 {
            let value = Double(sign: Bool.random(using: &rng) ? .minus : .plus,
                exponent: Int.random(in: -300...300, using: &rng),
                significand: Double.random(in: 1..<2, using: &rng))
            for columns in [8, 12, 24] {
                let text = FittedNumber.format(value, columns: columns)
                #expect(text.count <= columns, "\(value) in \(columns): \(text)")
                let back = Double(text)!
                let tolerance = [8: 0.1, 12: 1e-4, 24: 0.0][columns]!
                #expect(abs(back - value) <= abs(value) * tolerance, "\(value) in \(columns): \(text)")
            }
        }
    }
}
