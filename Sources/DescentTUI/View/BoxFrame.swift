/// A box drawn over the frame (the help, the step inspector): filled, ruled, with a title in
/// its top edge and a note in its bottom edge.
struct BoxFrame {
    let rect: Rect
    let title: String
    let note: String

    /// What a box is filled with: the panel colour, or without colours the terminal's own.
    static func background(_ painter: Painter) -> CellColor { painter.colorful ? .panel : .terminalDefault }

    func draw(_ painter: inout Painter) {
        let background = Self.background(painter)
        let glyphs = painter.glyphs, corners = glyphs.corners
        painter.fill(rect, Cell(" ", background: background))
        for x in rect.x..<rect.maxX {
            painter.put(glyphs.horizontalRule, x: x, y: rect.y, .muted, background: background)
            painter.put(glyphs.horizontalRule, x: x, y: rect.maxY - 1, .muted, background: background)
        }
        for y in rect.y..<rect.maxY {
            painter.put(glyphs.verticalRule, x: rect.x, y: y, .muted, background: background)
            painter.put(glyphs.verticalRule, x: rect.maxX - 1, y: y, .muted, background: background)
        }
        painter.put(corners[0], x: rect.x, y: rect.y, .muted, background: background)
        painter.put(corners[1], x: rect.maxX - 1, y: rect.y, .muted, background: background)
        painter.put(corners[2], x: rect.x, y: rect.maxY - 1, .muted, background: background)
        painter.put(corners[3], x: rect.maxX - 1, y: rect.maxY - 1, .muted, background: background)
        painter.text(" \(title) ", x: rect.x + 2, y: rect.y, .accent, background: background, style: .bold, limit: rect.width - 4, ellipsis: true)
        let note = " \(self.note) "
        let noteX = rect.maxX - 2 - painter.width(note)
        if !self.note.isEmpty && noteX > rect.x + 1 {
            painter.text(note, x: noteX, y: rect.maxY - 1, .muted, background: background)
        }
    }
}
