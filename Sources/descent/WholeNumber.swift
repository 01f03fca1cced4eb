import ArgumentParser

/// An option's whole-number value, read for `@Option(parsing: .unconditional, transform:)`:
/// unconditional so that `-1` reaches it as a value rather than passing for an option, and
/// checked here so that any wrong value (negative, too large for any integer, not a number)
/// is answered with the option's own valid range.
enum WholeNumber {
    static func parse<Value: FixedWidthInteger>(_ text: String, in range: ClosedRange<Value>) throws -> Value {
        guard let value = Value(text), range.contains(value) else {
            throw ValidationError("must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
