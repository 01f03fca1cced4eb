/// The `:` line in place of the status line, as vim draws it: the typed text with the cursor
/// on it. After a rejected Enter the line moves up a row, and the bottom row puts a caret
/// under the offending character, followed by the reason.
struct PromptLine {
    let prompt: CommandPrompt
    /// The status line's row; the line itself is one row up while there is an error.
    let row: Int
    let width: Int

    func draw(_ painter: inout Painter) {
        let bar: CellColor = painter.colorful ? .panel : .terminalDefault
        let lineRow = prompt.failure == nil ? row : row - 1
        for y in lineRow...row {
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), Cell(" ", background: bar))
        }
        // The text scrolls so that the cursor stays on screen, one column kept for it at the end.
        let room = max(width - 2, 1)
        let first = max(0, prompt.cursor - (room - 1))
        let text = prompt.text
        painter.put(":", x: 0, y: lineRow, .accent, background: bar, style: .bold)
        var x = 1, caretX: Int?
        for (index, character) in text.enumerated().dropFirst(first) {
            if index == prompt.failure?.offset { caretX = x }
            let atCursor = index == prompt.cursor
            let next = painter.text(
                String(character), x: x, y: lineRow, .text, background: bar, style: atCursor ? .reverse : [],
                limit: width - x)
            if next == x { break }
            x = next
        }
        if prompt.cursor == text.count, x < width {
            painter.put(" ", x: x, y: lineRow, background: bar, style: .reverse)
        }
        guard let failure = prompt.failure else { return }
        // At the end of the line, the caret points past the last character.
        let caret = min(caretX ?? (failure.offset >= text.count ? x : 1), width - 1)
        painter.put("^", x: caret, y: row, .danger, background: bar, style: .bold)
        painter.text(
            failure.message, x: caret + 2, y: row, .danger, background: bar, style: .bold,
            limit: max(width - caret - 2, 0), ellipsis: true)
    }
}
