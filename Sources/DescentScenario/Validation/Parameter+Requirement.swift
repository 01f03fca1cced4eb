import DescentCore

extension Parameter {
    /// What a valid value looks like: `a number > 0 and finite`, `a whole number >= 1`, `true or false`.
    var expectation: String {
        let requirement = constraint.requirement
        let saysNothingMore = ["any value", "a finite number"].contains(requirement)
        return saysNothingMore ? kind.description : "\(kind) \(requirement)"
    }
}
