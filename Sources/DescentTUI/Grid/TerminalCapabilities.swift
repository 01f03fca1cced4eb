/// What the terminal can show; the view picks glyphs by it (braille and blocks, or ASCII)
/// and the palette picks colours by it.
public struct TerminalCapabilities: Hashable, Sendable {
    public enum Colors: Hashable, Sendable {
        /// No colour (or NO_COLOR set): shades and glyphs carry the picture.
        case monochrome
        /// The xterm 256-colour palette (what most terminals report).
        case indexed256
        /// 24-bit colour (a `*-direct` terminfo).
        case truecolor
    }

    public var colors: Colors
    /// UTF-8 locale: braille, half blocks and box drawing; otherwise ASCII only.
    var unicode: Bool

    public init(colors: Colors, unicode: Bool) {
        self.colors = colors
        self.unicode = unicode
    }

    static let full = TerminalCapabilities(colors: .indexed256, unicode: true)
}
