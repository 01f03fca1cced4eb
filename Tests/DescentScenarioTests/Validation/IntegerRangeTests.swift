@testable import DescentCore
import Testing
@testable import DescentScenario

/// A whole number too large for any integer type is reported with the field's own range,
/// never with Int64's.
@Suite struct IntegerRangeTests {
    static let huge = "99999999999999999999999"

    @Test func stepsAndSeed() {
        #expect(problems("landscape: rosenbrock\nsteps: \(Self.huge)\nruns: [{optimizer: sgd}]\n") == [
            "test.yaml:2:8: steps must be a whole number in 1 ... 1000000000, found \(Self.huge)"
        ])
        #expect(problems(minimalScenario + "\nseed: \(Self.huge)\n") == [
            "test.yaml:5:7: seed must be in 0 ... 18446744073709551615, found \(Self.huge)"
        ])
    }

    @Test func everyIntegerParameterOfEveryCatalog() {
        let scheduleKeys = StepSizeRule.entries.flatMap { entry in
            entry.parameters.map { (entry.name, $0) }
        }
        for (name, parameter) in scheduleKeys + Warmup.parameters.map({ ("warmup", $0) }) {
            let value: String
            switch parameter.kind {
            case .integer: value = Self.huge
            case .integers: value = "[\(Self.huge)]"
            default: continue
            }
            let run = name == "warmup"
                ? "{optimizer: sgd, warmup: {\(parameter.name): \(value)}}"
                : "{optimizer: sgd, schedule: {name: \(name), \(parameter.name): \(value)}}"
            let lines = problems("landscape: rosenbrock\nsteps: 10\nruns:\n  - \(run)\n")
            let expected = "\(parameter.name) must be \(parameter.constraint.requirement), found \(Self.huge)"
            #expect(lines.contains { $0.hasSuffix(expected) }, "\(name).\(parameter.name): \(lines)")
            #expect(parameter.constraint.requirement.contains("1000000000"), "\(name).\(parameter.name)")
            #expect(!lines.joined().contains("9223372036854775807"))
        }
        let landscapeIntegers = LandscapeCatalog.entries.flatMap(\.parameters).filter { $0.kind == .integer }
        #expect(landscapeIntegers.isEmpty, "landscape integers would need the same sweep")
    }
}
