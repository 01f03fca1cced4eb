import DescentPlot

/// How each symbolic colour looks. The terminal backend and `descent render --ansi` both ask
/// here, so a frame looks the same in either.
public enum Palette {
    /// The 24-bit colour, or nil for the terminal's default.
    public static func rgb(_ color: CellColor) -> RGB? {
        switch color {
        case .terminalDefault: return nil
        case .heat(let level): return HeatRamp.colors[Int(level)]
        case .run(let n): return RunColors.color(ofRun: n)
        case .text: return InterfaceColors.text
        case .muted: return InterfaceColors.muted
        case .accent: return InterfaceColors.accent
        case .panel: return InterfaceColors.panel
        case .good: return InterfaceColors.good
        case .warning: return InterfaceColors.warning
        case .danger: return InterfaceColors.danger
        }
    }

    /// The xterm 256-colour index, or nil for the terminal's default.
    public static func xterm256(_ color: CellColor) -> Int? {
        if case .heat(let level) = color { return heatIndices[Int(level)] }
        return rgb(color).map(XtermColors.nearestIndex(to:))
    }

    private static let heatIndices: [Int] = HeatRamp.colors.map(XtermColors.nearestIndex(to:))
}
