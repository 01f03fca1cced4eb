import Testing

/// Expects a learning rate to equal a value computed independently, up to rounding:
/// 1e-12 relative, and 1e-15 absolute so that an expected 0 can be met.
func expectRate(
    _ actual: Double, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        abs(actual - expected) <= 1e-12 * abs(expected) + 1e-15,
        "lr \(actual), expected \(expected)", sourceLocation: sourceLocation)
}
