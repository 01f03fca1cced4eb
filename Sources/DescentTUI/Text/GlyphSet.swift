/// The glyphs the view draws with, by what the terminal can show: Unicode (half blocks,
/// braille, arrows, box drawing) or plain ASCII.
struct GlyphSet {
    let unicode: Bool

    init(unicode: Bool) {
        self.unicode = unicode
    }

    /// Upper pixel in the foreground, lower pixel in the background.
    var halfBlock: Unicode.Scalar { "▀" }
    var start: Unicode.Scalar { unicode ? "○" : "o" }
    var lookAhead: Unicode.Scalar { unicode ? "◆" : "+" }
    /// Where adaptive restart (or a line search) zeroed the momentum.
    var restart: Unicode.Scalar { unicode ? "↺" : "r" }
    /// Where the bold driver took a step back.
    var undoneStep: Unicode.Scalar { unicode ? "✗" : "x" }
    /// Not `*`, which ASCII paths are drawn with.
    var minimum: Unicode.Scalar { unicode ? "★" : "X" }
    var cursor: Unicode.Scalar { unicode ? "┼" : "+" }
    /// A map cell whose run diverged: not a shade, so it reads without colour.
    var diverged: Unicode.Scalar { unicode ? "×" : "#" }
    /// A map cell whose run ended near no known minimum, or short of the tolerance: not one of
    /// the `shades`.
    var stalled: Unicode.Scalar { unicode ? "·" : "," }
    /// The ρ = 1 boundary theory predicts on a map of lr and μ.
    var boundary: Unicode.Scalar { unicode ? "•" : "o" }
    /// A path cell where braille is not available.
    var pathDot: Unicode.Scalar { "*" }
    /// Ends text cut short; `~` rather than `.`, which labels and numbers contain.
    var ellipsis: Unicode.Scalar { unicode ? "…" : "~" }
    var selection: Unicode.Scalar { unicode ? "▶" : ">" }
    var verticalRule: Unicode.Scalar { unicode ? "│" : "|" }
    var horizontalRule: Unicode.Scalar { unicode ? "─" : "-" }
    /// Box corners: top left, top right, bottom left, bottom right.
    var corners: [Unicode.Scalar] { unicode ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"] }

    /// Run `index`'s number, in the panel and at its current point on the map.
    func run(_ index: Int) -> Unicode.Scalar { RunNumber.glyph(index, unicode: unicode) }
    /// A progress bar's done and still-to-do cells.
    var progress: (done: Unicode.Scalar, left: Unicode.Scalar) { unicode ? ("█", "░") : ("#", "-") }

    /// Shades from lightest to densest, for a heatmap without colour.
    var shades: [Unicode.Scalar] { unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "-", "="] }

    /// An arrow for a direction given as an angle in radians (0 = right, counter-clockwise).
    /// ASCII has no diagonals, so it takes the nearer of the four axes.
    func arrow(angle: Double) -> Unicode.Scalar {
        let turn = angle / (2 * Double.pi)
        // `& 7` is the remainder of 8 that is never negative, whatever the angle.
        if unicode { return ["→", "↗", "↑", "↖", "←", "↙", "↓", "↘"][Int(screen: (turn * 8).rounded()) & 7] }
        return [">", "^", "<", "v"][Int(screen: (turn * 4).rounded()) & 3]
    }
}
