import DescentTUI

extension TerminalCapabilities {
    /// What a terminal shows, from curses' colour count, the COLORTERM convention (`truecolor`
    /// or `24bit`: the terminal takes 24-bit colour escapes, as btop and most modern tools
    /// read it), the NO_COLOR convention (https://no-color.org: set and not empty) and the
    /// locale's character encoding.
    init(colorCount: Int, colorTerm: String?, noColor: Bool, codeset: String) {
        let colors: Colors
        if noColor || colorCount < 8 {
            colors = .monochrome
        } else if colorCount >= Self.directColorCount || Self.saysTrueColor(colorTerm) {
            colors = .truecolor
        } else if colorCount < 256 {
            colors = .monochrome
        } else {
            colors = .indexed256
        }
        self.init(colors: colors, unicode: codeset == "UTF-8")
    }

    /// What direct-colour terminfo entries (`*-direct`) report: they take colours as 0xRRGGBB,
    /// and curses writes them itself. With fewer, truecolour escapes are the blitter's to write.
    static let directColorCount = 1 << 24

    private static func saysTrueColor(_ colorTerm: String?) -> Bool {
        colorTerm == "truecolor" || colorTerm == "24bit"
    }
}
