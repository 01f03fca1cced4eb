import DescentCore

/// The bottom row: scenario, step, speed, playing or paused, and the keys most wanted,
/// always ending with `? help`. In cursor mode it tells where the cursor is instead. A notice,
/// while it lasts, takes the place of the keys.
struct StatusLine {
    /// What the row is about.
    enum Report {
        case playback(title: String, step: Int, steps: Int, speed: Double, playing: Bool)
        /// Where the cursor is, and the loss there.
        case cursor(Vector2, loss: Double)
        /// Which map is shown, and the numbers of the cell under its cursor.
        case map(title: String, cell: String)
    }

    let report: Report
    var notice: StatusNotice? = nil
    let row: Int
    let width: Int
    /// How far the simulation has got (0 ... 1) while it goes on in the background; shown
    /// after the playback state, as a bar and a percentage.
    var simulated: Double? = nil
    /// How far the map shown has been filled in (0 ... 1) while it goes on.
    var mapped: Double? = nil

    /// Dropped from the end when the row is short.
    private static let hints = [
        ("e/E", "lr"), ("o", "optimizer"), ("s", "schedule"), ("t", "landscape"), ("c", "cursor"), ("q", "quit"),
    ]
    private static let cursorHints = [("←↑↓→", "move"), ("Enter", "set start"), ("Esc", "leave")]
    private static let mapHints = [("←↑↓→", "move"), ("Enter", "take"), ("Esc", "back")]

    func draw(_ painter: inout Painter) {
        let bar: CellColor = painter.colorful ? .panel : .terminalDefault
        let style: CellStyle = painter.colorful ? [] : .reverse
        painter.fill(Rect(x: 0, y: row, width: width, height: 1), Cell(" ", background: bar, style: style))
        var x = 1
        func part(_ text: String, _ color: CellColor, _ extra: CellStyle = []) {
            x = painter.text(text, x: x, y: row, color, background: bar, style: style.union(extra), limit: width - x) + 2
        }
        let help = "? help"
        let helpX = width - painter.width(help) - 1
        // A notice follows the first parts, where the eye is, in the room up to `? help` (cut
        // with … on a narrow row); the rest waits until it has gone.
        func show(_ notice: StatusNotice) {
            x = painter.text(
                notice.text, x: x, y: row, .accent, background: bar, style: style.union(.bold),
                limit: max(helpX - 2 - x, 0), ellipsis: true) + 2
        }
        switch report {
        case .cursor(let cursor, let loss):
            part("cursor (\(CompactNumber.format(cursor.x)), \(CompactNumber.format(cursor.y)))", .accent, .bold)
            if let notice {
                if let simulated { part(progress("simulating", simulated, painter.glyphs), .text) }
                show(notice)
            } else {
                part("loss \(CompactNumber.format(loss))", .text)
                hints(Self.cursorHints, &x, before: helpX, bar, style, &painter)
            }
        case .playback(let title, let step, let steps, let speed, let playing):
            part(title, .accent, .bold)
            part("step \(step)/\(steps)", .text)
            if let notice {
                if let simulated { part(progress("simulating", simulated, painter.glyphs), .text) }
                show(notice)
            } else {
                part("\(CompactNumber.format(speed))/s", .text)
                part(playing ? "▶ playing" : "⏸ paused", playing ? .good : .warning, .bold)
                if let simulated { part(progress("simulating", simulated, painter.glyphs), .text) }
                hints([("space", playing ? "pause" : "play")] + Self.hints, &x, before: helpX, bar, style, &painter)
            }
        case .map(let title, let cell):
            part(title, .accent, .bold)
            if let mapped { part(progress("mapping", mapped, painter.glyphs), .text) }
            if let notice {
                show(notice)
            } else {
                part(cell, .text)
                hints(Self.mapHints, &x, before: helpX, bar, style, &painter)
            }
        }
        if helpX >= x - 2 { painter.text(help, x: helpX, y: row, .accent, background: bar, style: style) }
    }

    /// `simulating ██████░░░░ 62%`: the percentage rounded down, so 100% means done.
    private func progress(_ label: String, _ fraction: Double, _ glyphs: GlyphSet) -> String {
        let cells = 10, done = Int(screen: (fraction * Double(cells)).rounded(.down))
        let bar = String(repeating: Character(glyphs.progress.done), count: done)
            + String(repeating: Character(glyphs.progress.left), count: cells - done)
        return "\(label) \(bar) \(Int(screen: (fraction * 100).rounded(.down)))%"
    }

    /// As many `key meaning` pairs as fit before column `end`.
    private func hints(
        _ pairs: [(String, String)], _ x: inout Int, before end: Int, _ bar: CellColor, _ style: CellStyle,
        _ painter: inout Painter
    ) {
        for (key, meaning) in pairs {
            let width = painter.width(key) + 1 + painter.width(meaning)
            guard x + width + 2 <= end else { return }
            x = painter.text(key, x: x, y: row, .accent, background: bar, style: style)
            x = painter.text(meaning, x: x + 1, y: row, .muted, background: bar, style: style) + 2
        }
    }
}
