extension FrameText {
    /// The colours and styles of a frame, one character per cell, for golden files: a legend,
    /// then a foreground, a background and a style block, each as tall and wide as the frame.
    /// Heat colours are given to a tenth of the ramp, so the file shows the picture without
    /// changing with every rounding.
    static func colorLayer(_ grid: CellGrid) -> String {
        var text = """
            colours: . default, 0-9 heat (tenths of the ramp), A-P run 1-16, t text, m muted, \
            a accent, p panel, g good, w warning, d danger
            styles: . none, b bold, d dim, u underline, r reverse, + several

            """
        for (title, character) in [
            ("foreground", { colorCharacter($0.foreground) }), ("background", { colorCharacter($0.background) }),
            ("style", styleCharacter),
        ] as [(String, (Cell) -> Character)] {
            text += title + ":\n"
            for y in 0..<grid.height {
                text += String((0..<grid.width).map { character(grid[$0, y]) }) + "\n"
            }
        }
        return text
    }

    private static func colorCharacter(_ color: CellColor) -> Character {
        switch color {
        case .terminalDefault: return "."
        case .heat(let level): return Character(String(Int(level) * 10 / 256))
        case .run(let n): return Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(((n % 16) + 16) % 16)))
        case .text: return "t"
        case .muted: return "m"
        case .accent: return "a"
        case .panel: return "p"
        case .good: return "g"
        case .warning: return "w"
        case .danger: return "d"
        }
    }

    private static func styleCharacter(_ cell: Cell) -> Character {
        let names: [(CellStyle, Character)] = [(.bold, "b"), (.dim, "d"), (.underline, "u"), (.reverse, "r")]
        let present = names.filter { cell.style.contains($0.0) }
        return present.count > 1 ? "+" : present.first?.1 ?? "."
    }
}
