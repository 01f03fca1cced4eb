extension Constraint {
    /// (0, 1]: a factor that may be 1 but not 0, e.g. LinearLR's start_factor.
    static let positiveUpToOne = each("in (0, 1]") { $0 > 0 && $0 <= 1 }
}
