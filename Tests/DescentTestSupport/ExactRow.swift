import DescentCore

extension Sample {
    /// The row with every number as its bits: what decides the CSV's bytes, where `==` would
    /// take −0 for 0 and never match a NaN.
    public var exactRow: String {
        let numbers = [position.x, position.y, loss, gradient.x, gradient.y, lr].map { String($0.bitPattern, radix: 16) }
        return "\(run) \(step) \(numbers.joined(separator: " ")) \(status) \(event) \(evals)"
    }
}
