import DescentCore
import Foundation

/// The `i` indicator: −∇f at a run's current point, in braille dots. As long as the plain
/// gradient step lr·|∇f|, kept between a few dots and a fifth of the map so that it reads.
/// Dotted, in the accent colour with an arrowhead, so that it never reads as a piece of path.
struct GradientArrow {
    static let color = CellColor.accent
    /// Every other dot of the line.
    static let dotSpacing = 2

    let from: (x: Double, y: Double)
    let to: (x: Double, y: Double)

    /// Nil where the gradient vanishes or is not finite, and where the point or the step's
    /// length is not a number (a run that diverged there, an lr raised to inf).
    init?(trajectory: Trajectory, sample: Int, projection: MapProjection) {
        let gradient = trajectory.gradients[sample], norm = gradient.norm
        from = projection.dot(trajectory.positions[sample])
        let step = trajectory.rates[sample] * norm / projection.scale * 2
        guard norm > 0, norm.isFinite, from.x.isFinite, from.y.isFinite, !step.isNaN else { return nil }
        let longest = Double(projection.plot.width * 2) / 5
        let length = min(max(step, 6), longest)
        // Dots count y downwards, the plane upwards.
        to = (from.x - gradient.x / norm * length, from.y + gradient.y / norm * length)
    }

    /// The direction on screen as an angle (0 = right, counter-clockwise), for the arrowhead.
    var angle: Double { atan2(from.y - to.y, to.x - from.x) }
}
