/// The one way the view turns a Double into a whole number: a column, a row, a dot, a count,
/// a level. `Int(_:)` traps on nan, ±inf and anything beyond Int's range, and the view meets
/// all of them: a diverging run reaches 1e200 before it stops, an lr raised without end
/// reaches inf, a far zoom divides by almost nothing. Here such values clamp instead.
extension Int {
    /// Far off any screen, so a clamped coordinate is not drawn (writes outside the grid and
    /// the canvases are ignored), and far from Int's end, so adding or scaling it cannot overflow.
    static let screenBounds = -(1 << 40)...(1 << 40)

    /// A screen coordinate from a Double: truncated, clamped to `screenBounds`; nan lands
    /// off the screen too.
    init(screen value: Double) {
        self.init(truncating: value, within: Self.screenBounds)
    }

    /// `value` rounded toward zero (as `init(_:)` rounds), clamped to `bounds`; nan gives the
    /// lower bound.
    init(truncating value: Double, within bounds: ClosedRange<Int>) {
        if !(value > Double(bounds.lowerBound)) {
            self = bounds.lowerBound
        } else if value >= Double(bounds.upperBound) {
            self = bounds.upperBound
        } else {
            self.init(value)
        }
    }
}
