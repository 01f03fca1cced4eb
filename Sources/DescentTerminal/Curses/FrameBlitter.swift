import DescentTUI

/// Puts frames on the terminal, writing only the cells that differ from the frame before
/// (ratatui's idea: the view rebuilds everything, the terminal sees only changes).
struct FrameBlitter {
    private var previous: CellGrid?
    private var pairs: ColorPairs
    /// Truecolour that the terminfo entry cannot express (COLORTERM says the terminal takes
    /// it): the blitter writes the escapes itself, and curses' screen stays blank.
    private let writesEscapes: Bool

    init(capabilities: TerminalCapabilities, colorCount: Int, colorPairCount: Int) {
        writesEscapes = capabilities.colors == .truecolor && colorCount < TerminalCapabilities.directColorCount
        // Writing the escapes itself, the blitter leaves curses nothing to colour.
        pairs = ColorPairs(colors: writesEscapes ? .monochrome : capabilities.colors, pairCount: colorPairCount)
    }

    /// Forgets what is on screen, so the next frame is written whole (after a resize, or when
    /// the terminal's contents cannot be trusted).
    mutating func invalidate() {
        previous = nil
    }

    mutating func draw(_ frame: CellGrid, on session: CursesSession) {
        if writesEscapes {
            let before = previous.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
            // What curses has to write goes first: after a resize or Ctrl-L it clears the screen.
            session.refresh()
            session.write(Array(FrameText.ansiChanges(from: before, to: frame, colors: .truecolor).utf8))
            previous = frame
            return
        }
        if pairs.mightRunOut(cellCount: frame.cells.count) {
            pairs.reset()
            previous = nil
        }
        let before = previous.flatMap { $0.width == frame.width && $0.height == frame.height ? $0.cells : nil }
        if before == nil { session.erase() }
        // The right half of a wide glyph is curses' to fill when the glyph is written.
        for (index, cell) in frame.cells.enumerated() where before?[index] != cell && !cell.continuesWideGlyph {
            let pair = pairs.pair(foreground: cell.foreground, background: cell.background)
            session.put(cell, x: index % frame.width, y: index / frame.width, pair: pair)
        }
        previous = frame
        session.refresh()
    }
}
