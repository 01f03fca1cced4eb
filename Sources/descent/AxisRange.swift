import ArgumentParser

/// `MIN:MAX`, a map axis' range: two finite numbers, MIN below MAX, both in `valid`.
enum AxisRange {
    static func parse(_ text: String, within valid: Range<Double>, validText: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), low.isFinite, high.isFinite
        else { throw ValidationError("must be MIN:MAX, two numbers, e.g. \(validText)") }
        guard low < high else {
            throw ValidationError("is \(low == high ? "empty" : "reversed"): MIN must be below MAX")
        }
        guard valid.contains(low), valid.contains(high) else {
            throw ValidationError("must lie in \(validText)")
        }
        return low...high
    }
}
