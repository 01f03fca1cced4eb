import Foundation

/// The linear rate ρ of ‖z_k − z*‖ → 0, measured as exp of the least-squares slope of
/// log‖z_k − z*‖ against k, over the steps where ‖z_k − z*‖/‖z_0 − z*‖ lies in [1e-12, 1e-1]:
/// late enough that the slowest mode leads, early enough that rounding does not. Streaming
/// (Welford's update of means and co-moments), so no trajectory is held.
struct RateFit {
    let target: Vector2
    private var startDistance: Double?
    private var n = 0
    private var meanStep = 0.0, meanLog = 0.0
    private var sxx = 0.0, sxy = 0.0

    static let window = 1e-12...1e-1
    /// Fewer qualifying steps than this give no rate.
    static let minimumSteps = 20

    init(target: Vector2) {
        self.target = target
    }

    mutating func add(step: Int, at position: Vector2) {
        let distance = (position - target).norm
        guard let startDistance else {
            startDistance = distance
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

    var rate: Double? {
        guard n >= Self.minimumSteps, sxx > 0 else { return nil }
        return exp(sxy / sxx)
    }
}
