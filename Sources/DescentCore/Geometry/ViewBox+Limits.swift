/// The boxes that can be shown: validation refuses a scenario's view outside them, and the
/// view's pan and zoom stop at them. Beyond them a box's width, its tick step or the scale of
/// a projection would overflow to infinity or round to nothing.
extension ViewBox {
    /// How far from the origin a box reaches on either axis: as far as runs go (one that
    /// leaves |x|, |y| <= 1e12 has diverged), and far enough from Double's end that widening a
    /// box to a terminal's aspect stays finite.
    public static let coordinateLimit = 1e12

    /// The narrowest side, as a fraction of its distance from the origin (or of 1, near it):
    /// float64 keeps about 16 digits, and below a billionth neighbouring pixels would show
    /// rounding error rather than the landscape.
    static let resolution = 1e-9

    /// The narrowest side centred at `centre`.
    static func minimumSpan(around centre: Double) -> Double {
        resolution * max(1, abs(centre))
    }

    /// A side within ±`coordinateLimit`, at least `minimumSpan` wide.
    public static func isShowable(_ side: ClosedRange<Double>) -> Bool {
        let lo = side.lowerBound, hi = side.upperBound
        return lo >= -coordinateLimit && hi <= coordinateLimit && hi - lo >= minimumSpan(around: lo / 2 + hi / 2)
    }

    public var isShowable: Bool { Self.isShowable(x) && Self.isShowable(y) }

    /// The nearest box that can be shown: each side widened or narrowed to the limits, then
    /// slid back within ±`coordinateLimit`. A showable box comes back as it is.
    public var clamped: ViewBox { ViewBox(x: Self.clamped(x), y: Self.clamped(y)) }

    private static func clamped(_ side: ClosedRange<Double>) -> ClosedRange<Double> {
        guard !isShowable(side) else { return side }
        let limit = coordinateLimit
        // Halves first: the sum of two bounds near Double's end would overflow.
        let middle = side.lowerBound / 2 + side.upperBound / 2
        let centre = middle.isNaN ? 0 : min(max(middle, -limit), limit)
        let span = side.upperBound - side.lowerBound
        // A hair over the minimum, so that rounding the bounds cannot take the side under it.
        let narrowest = minimumSpan(around: centre) * (1 + 1e-6)
        let width = span.isNaN ? 2 * limit : min(max(span, narrowest), 2 * limit)
        let slid = min(max(centre, -limit + width / 2), limit - width / 2)
        return max(-limit, slid - width / 2)...min(limit, slid + width / 2)
    }
}
