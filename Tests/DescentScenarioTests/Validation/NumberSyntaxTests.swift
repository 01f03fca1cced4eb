import Testing
@testable import DescentScenario

/// Plain scalars read as numbers exactly as YAML 1.2's core schema says (spec 1.2.2, 10.3.2).
@Suite struct NumberSyntaxTests {
    @Test(arguments: [
        ("0", 0.0), ("-3", -3), ("+12", 12), ("0o10", 8), ("0o17", 15), ("0x10", 16), ("0xFf", 255),
        ("1.5", 1.5), (".5", 0.5), ("-.5", -0.5), ("1.", 1), ("1e3", 1000), ("1E-3", 0.001), ("+2.5e+2", 250),
    ])
    func numbers(text: String, value: Double) {
        #expect(NumberSyntax.double(text) == value)
    }

    @Test(arguments: [
        "_1", "1_", "1_000", "0x", "0o", "0o8", "0x1g", "-0x1", "+0o7", "0b1", "1e", "e3", ".", "+", "1.2.3",
        "0x1p3", "inf", "nan", "infinity", ".iNf", " 1", "1 ", "１", "",
    ])
    func notNumbers(text: String) {
        #expect(NumberSyntax.double(text) == nil)
        #expect(NumberSyntax.integer(text, as: Int.self) == nil)
    }

    @Test func theNamedNonFiniteValues() {
        for text in [".inf", ".Inf", ".INF", "+.inf"] { #expect(NumberSyntax.double(text) == .infinity) }
        for text in ["-.inf", "-.Inf", "-.INF"] { #expect(NumberSyntax.double(text) == -.infinity) }
        for text in [".nan", ".NaN", ".NAN"] { #expect(NumberSyntax.double(text)?.isNaN == true) }
    }

    @Test(arguments: [("10", 10), ("-7", -7), ("+7", 7), ("0o10", 8), ("0x10", 16), ("0x7FFFFFFFFFFFFFFF", Int.max)])
    func integers(text: String, value: Int) {
        #expect(NumberSyntax.integer(text, as: Int.self) == value)
    }

    @Test func integersThatDoNotFit() {
        #expect(NumberSyntax.integer("0x8000000000000000", as: Int.self) == nil)
        #expect(NumberSyntax.integer("-1", as: UInt64.self) == nil)
    }
}
