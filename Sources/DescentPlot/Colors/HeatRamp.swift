/// The landscape's colour ramp: viridis (perceptually uniform, readable in grey and by most
/// colour-blind viewers), as 256 steps interpolated between matplotlib's anchor colours.
public enum HeatRamp {
    private static let anchors: [RGB] = [
        RGB(68, 1, 84), RGB(71, 44, 122), RGB(59, 81, 139), RGB(44, 113, 142), RGB(33, 144, 141),
        RGB(39, 173, 129), RGB(92, 200, 99), RGB(170, 220, 50), RGB(253, 231, 37),
    ]

    public static let colors: [RGB] = (0..<256).map { level in
        let position = Double(level) / 255 * Double(anchors.count - 1)
        let lower = min(Int(position), anchors.count - 2)
        return anchors[lower].mixed(with: anchors[lower + 1], position - Double(lower))
    }

    /// The step of `colors` for a place on the ramp (`LogLossScale.position`): truncated,
    /// clamped to 0 … 255; a loss that is not a number shows as the top, like the highest.
    public static func level(atPosition position: Double) -> Int {
        if position.isNaN || position >= 1 { return 255 }
        return position > 0 ? min(Int(position * 255), 255) : 0
    }
}
