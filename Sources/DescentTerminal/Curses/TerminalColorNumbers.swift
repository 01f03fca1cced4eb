import DescentTUI

/// Colour numbers as curses takes them for a terminal's colour depth, −1 being the terminal's
/// default, remembered per symbolic colour (asking the palette costs a nearest-colour search).
struct TerminalColorNumbers {
    private let colors: TerminalCapabilities.Colors
    private var numbers: [CellColor: Int32] = [:]

    init(colors: TerminalCapabilities.Colors) {
        self.colors = colors
    }

    mutating func number(for color: CellColor) -> Int32 {
        if let known = numbers[color] { return known }
        let number = Self.number(for: color, colors: colors)
        numbers[color] = number
        return number
    }

    static func number(for color: CellColor, colors: TerminalCapabilities.Colors) -> Int32 {
        switch colors {
        case .monochrome:
            return -1
        case .indexed256:
            return Palette.xterm256(color).map(Int32.init) ?? -1
        case .truecolor:
            // Direct-colour terminfo entries take 0xRRGGBB as the colour number.
            guard let rgb = Palette.rgb(color) else { return -1 }
            return Int32(rgb.red) << 16 | Int32(rgb.green) << 8 | Int32(rgb.blue)
        }
    }
}
