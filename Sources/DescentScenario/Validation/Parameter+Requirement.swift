import DescentCore

extension Parameter {
    /// Parameters that have no default value and yet may be left out: the product decides
    /// what absence means (`one_cycle`'s `max_lr` is then the run's lr). The core's
    /// `Parameter` cannot say so itself yet, so the exception is named here, once.
    private static let optionalWithoutDefault: Set<String> = ["max_lr"]

    /// True when a scenario must give a value.
    var isRequired: Bool { !isOptional && !Self.optionalWithoutDefault.contains(name) }

    /// What a valid value looks like: `a number > 0 and finite`, `a whole number >= 1`, `true or false`.
    var expectation: String {
        let requirement = constraint.requirement
        let saysNothingMore = ["any value", "a finite number"].contains(requirement)
        return saysNothingMore ? kind.description : "\(kind) \(requirement)"
    }
}
