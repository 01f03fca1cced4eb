/// A condition on a parameter's value beyond its type, with the words that explain it.
public struct Constraint: Sendable {
    /// What a valid value looks like, e.g. "> 0" or "in [0, 1)".
    public let requirement: String
    private let holds: @Sendable (ParameterValue) -> Bool

    init(_ requirement: String, _ holds: @escaping @Sendable (ParameterValue) -> Bool) {
        self.requirement = requirement
        self.holds = holds
    }

    /// `nil` when the value satisfies the constraint, otherwise what it must be.
    public func violation(by value: ParameterValue) -> String? {
        holds(value) ? nil : requirement
    }
}

extension Constraint {
    public static let none = Constraint("any value") { _ in true }

    /// Every number in the value satisfies `test` (numbers, integers, both entries of a pair, each list entry).
    static func each(_ requirement: String, _ test: @escaping @Sendable (Double) -> Bool) -> Constraint {
        Constraint(requirement) { value in
            switch value {
            case .number(let v): return v.isFinite && test(v)
            case .integer(let v): return test(Double(v))
            case .pair(let p): return p.isFinite && test(p.x) && test(p.y)
            case .integers(let vs): return vs.allSatisfy { test(Double($0)) }
            case .boolean, .word: return true
            }
        }
    }

    public static let finite = each("a finite number") { _ in true }
    public static let positive = each("> 0 and finite") { $0 > 0 }
    public static let nonNegative = each(">= 0 and finite") { $0 >= 0 }
    public static let atLeastOne = each(">= 1") { $0 >= 1 }
    /// [0, 1): momentum coefficients and decay rates that must forget.
    public static let unitInterval = each("in [0, 1)") { $0 >= 0 && $0 < 1 }
    /// (0, 1): strictly between, e.g. a shrink factor.
    public static let openUnitInterval = each("in (0, 1)") { $0 > 0 && $0 < 1 }
    /// [0, 1]: fractions and factors that may reach either end.
    public static let closedUnitInterval = each("in [0, 1]") { $0 >= 0 && $0 <= 1 }
    /// > 1: growth factors.
    static let aboveOne = each("> 1 and finite") { $0 > 1 }
    /// 1 ... the longest run's steps: lengths, step counts and their factors. Whole numbers in
    /// scenarios always have a range of their own, which is what a huge one is reported against.
    static let stepCount = each("in 1 ... \(SimulationSpec.maximumSteps)") {
        $0 >= 1 && $0 <= Double(SimulationSpec.maximumSteps)
    }
    /// 0 ... the longest run's steps: step counts that may be none (patience, cooldown).
    static let stepCountOrZero = each("in 0 ... \(SimulationSpec.maximumSteps)") {
        $0 >= 0 && $0 <= Double(SimulationSpec.maximumSteps)
    }
}
