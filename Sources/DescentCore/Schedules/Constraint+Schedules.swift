extension Constraint {
    /// (0, 1]: a factor that may be 1 but not 0, e.g. LinearLR's start_factor.
    static let positiveUpToOne = each("in (0, 1]") { $0 > 0 && $0 <= 1 }

    /// [0, 1e300]: an lr a schedule mixes with the run's, e.g. cosine's eta_min. The bound keeps
    /// the schedules' intermediate sums finite: cosine's (lr − eta_min)·(1 + cos) would overflow
    /// from eta_min = 9e307 on. A run lr beyond it is caught where it overflows (lr_not_finite).
    static let rate = each("in [0, 1e300]") { $0 >= 0 && $0 <= 1e300 }
    /// (0, 1e300]: a peak lr (one_cycle's and cyclic's max_lr), bounded as `rate` is.
    static let positiveRate = each("in (0, 1e300]") { $0 > 0 && $0 <= 1e300 }
}
