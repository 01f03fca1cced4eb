import DescentTUI

extension TerminalCapabilities {
    /// What a terminal shows, from curses' colour count, the NO_COLOR convention
    /// (https://no-color.org: set and not empty) and the locale's character encoding.
    init(colorCount: Int, noColor: Bool, codeset: String) {
        let colors: Colors
        if noColor || colorCount < 256 {
            colors = .monochrome
        } else if colorCount >= 1 << 24 {
            // Only direct-colour terminfo entries (`*-direct`) report 2^24 colours; they take
            // colours as 0xRRGGBB. ncurses ignores COLORTERM, so nothing else can be trusted.
            colors = .truecolor
        } else {
            colors = .indexed256
        }
        self.init(colors: colors, unicode: codeset == "UTF-8")
    }
}
