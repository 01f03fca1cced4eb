/// A colour by meaning, not by value: the view says what a cell shows and the palette (or
/// the terminal backend) decides how that looks in 256 colours, truecolour or monochrome.
public enum CellColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// The landscape ramp, 0 = lowest loss in view … 255 = highest.
    case heat(UInt8)
    /// The colour of run `n` (cycles through the run palette).
    case run(Int)
    case text
    /// Secondary text: axis ticks, units, hints.
    case muted
    /// Headings, the selected run's marker, the timeline cursor.
    case accent
    /// Panels and overlays drawn over the map.
    case panel
    /// Converged runs, known minima.
    case good
    case warning
    /// Diverged runs, errors.
    case danger
}
