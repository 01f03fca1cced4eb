import Foundation

/// The linear rate ρ of ‖z_k − z*‖ → 0, measured as exp of the least-squares slope of
/// log‖z_k − z*‖ against k, over the steps where ‖z_k − z*‖/‖z_0 − z*‖ lies in [1e-12, 1e-1]:
/// late enough that the slowest mode leads, early enough that rounding does not. Streaming
/// (Welford's update of means and co-moments), so no trajectory is held.
struct RateFit {
    let target: Vector2
    private var startDistance: Double?
    /// Squared distances beyond which, or under which, a step is surely outside the window
    /// (none before the start is known).
    private(set) var clearlyFar = Double.infinity, clearlyNear = 0.0
    private var n = 0
    private var meanStep = 0.0, meanLog = 0.0
    private var sxx = 0.0, sxy = 0.0

    static let window = 1e-12...1e-1
    /// Fewer qualifying steps than this give no rate.
    static let minimumSteps = 20

    init(target: Vector2) {
        self.target = target
    }

    /// Whether `add` would surely leave `position` out: most steps lie clearly outside the
    /// window, and squares rule them out without a root or a log, with a margin that rounding
    /// cannot cross, so the window's edges stay exact. Reading only, it lets a caller skip
    /// `add` without touching the fit.
    @inline(__always)
    func ignores(_ position: Vector2) -> Bool {
        let squared = (position - target).squaredNorm
        return squared > clearlyFar || squared < clearlyNear
    }

    mutating func add(step: Int, at position: Vector2) {
        if ignores(position) { return }
        let distance = (position - target).norm
        guard let startDistance else {
            startDistance = distance
            (clearlyFar, clearlyNear) = Self.clearlyOutside(startDistance: distance)
            return
        }
        guard Self.window.contains(distance / startDistance) else { return }
        n += 1
        let k = Double(step), y = log(distance)
        let dk = k - meanStep
        meanStep += dk / Double(n)
        meanLog += (y - meanLog) / Double(n)
        sxx += dk * (k - meanStep)
        sxy += dk * (y - meanLog)
    }

    /// Squares 1% past the window's edges, where the start distance is such that they are
    /// exact to that margin (no underflow or overflow); else none, and every step is checked.
    private static func clearlyOutside(startDistance d: Double) -> (far: Double, near: Double) {
        guard (1e-100...1e100).contains(d) else { return (.infinity, 0) }
        let d2 = d * d
        return (d2 * (window.upperBound * window.upperBound * 1.01), d2 * (window.lowerBound * window.lowerBound * 0.99))
    }

    var rate: Double? {
        guard n >= Self.minimumSteps, sxx > 0 else { return nil }
        return exp(sxy / sxx)
    }
}
