import Foundation
import Testing

/// The smaller mismatches about option values: a value that is wrong (negative, too large,
/// not a number, not WxH) is named, with the option's own valid range, never reported as
/// a missing value.
@Suite("Option values")
struct OptionValueTests {
    struct BadValue: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        /// What the message must name: the option, the value, and what is valid.
        let mentions: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let steps = ["--steps", "1", "1000000000"]
    static let badValues: [BadValue] = [
        BadValue(arguments: ["--headless", "--steps", "-1"], mentions: steps + ["-1"]),
        BadValue(arguments: ["--headless", "--steps", "0"], mentions: steps),
        BadValue(arguments: ["--headless", "--steps", "99999999999999999999999"], mentions: steps + ["99999999999999999999999"]),
        BadValue(arguments: ["--headless", "--steps", "ten"], mentions: steps + ["ten"]),
        BadValue(arguments: ["--headless", "--steps", "1e3"], mentions: steps),
        BadValue(arguments: ["--headless", "--seed", "-1"], mentions: ["--seed", "-1", "0", "18446744073709551615"]),
        BadValue(arguments: ["--headless", "--seed", "18446744073709551616"], mentions: ["--seed", "0", "18446744073709551615"]),
        BadValue(arguments: ["--headless", "--every", "-1"], mentions: ["--every", "-1", "1", "1000000000"]),
        BadValue(arguments: ["--headless", "--every", "0"], mentions: ["--every", "1", "1000000000"]),
        BadValue(arguments: ["--headless", "--every", "99999999999999999999"], mentions: ["--every", "1", "1000000000"]),
        BadValue(arguments: ["render", "--size", "1001x10"], mentions: ["--size", "1001x10", "1", "1000"]),
        BadValue(arguments: ["render", "--size", "10x0"], mentions: ["--size", "1", "1000"]),
        BadValue(arguments: ["render", "--size", "-5x10"], mentions: ["--size", "-5x10", "1", "1000"]),
        BadValue(arguments: ["render", "--size", "100"], mentions: ["--size", "WxH"]),
        BadValue(arguments: ["render", "--size", "80x24", "--step", "-1"], mentions: ["--step", "-1", "0", "1000000000"]),
        BadValue(arguments: ["render", "--size", "80x24", "--step", "99999999999999999999"], mentions: ["--step", "0", "1000000000"]),
        BadValue(arguments: ["list", "nonsense"], mentions: ["nonsense", "landscapes", "scenarios"]),
    ]

    @Test(arguments: badValues)
    func aBadValueSaysWhatIsValid(_ bad: BadValue) throws {
        let r = try DescentProcess.run(bad.arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(!r.stderr.contains("Missing value"), "\(r.stderr)")
        for word in bad.mentions { #expect(r.stderr.contains(word), "\(word) in \(r.stderr)") }
    }

    /// An option's value is the next argument, whatever it looks like: a path may start with `-`.
    @Test func aPathStartingWithADashIsAPath() throws {
        let dir = try temporaryDirectory()
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--steps", "5", "--csv", "-out.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/-out.csv"))
    }

    /// A missing value is still reported as one.
    @Test func aMissingValueIsMissing() throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Missing value"), "\(r.stderr)")
    }
}
