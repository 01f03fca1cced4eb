/// Each run's colour, the same in the terminal and in a figure: warm and light, so they stand
/// out against viridis, and distinct from each other. Runs beyond eight reuse them in turn.
public enum RunColors {
    public static let colors: [RGB] = [
        RGB(255, 255, 255), RGB(255, 95, 95), RGB(255, 175, 0), RGB(95, 215, 255),
        RGB(255, 135, 255), RGB(175, 255, 95), RGB(255, 215, 175), RGB(135, 135, 255),
    ]

    /// The colour of run `index` (any integer).
    public static func color(ofRun index: Int) -> RGB {
        colors[((index % colors.count) + colors.count) % colors.count]
    }
}
