/// The colours around the data, the same in the terminal and in a figure: text on a dark
/// panel, muted text for axes and labels, an accent for the playhead, and how a run's
/// status reads (good, warning, danger).
public enum InterfaceColors {
    public static let text = RGB(230, 230, 230)
    public static let muted = RGB(138, 138, 138)
    public static let accent = RGB(255, 215, 95)
    public static let panel = RGB(28, 28, 28)
    public static let good = RGB(135, 215, 135)
    public static let warning = RGB(255, 175, 95)
    public static let danger = RGB(255, 95, 95)
}
