/// The `?` overlay: a box over the frame listing every key of `KeyGuide`, in as many
/// columns as the terminal's height needs.
struct HelpOverlay {
    let width: Int
    /// Rows the box may use (the status line stays visible).
    let height: Int

    private enum Line {
        case title(String)
        case entry(keys: String, meaning: String)
        case blank
    }

    private static let lines: [Line] = KeyGuide.sections.enumerated().flatMap { position, section -> [Line] in
        (position == 0 ? [] : [.blank]) + (section.title.isEmpty ? [] : [.title(section.title)])
            + section.entries.map { .entry(keys: $0.keys, meaning: $0.meaning) }
    }

    private static let gap = 3

    func draw(_ painter: inout Painter) {
        let keyWidth = Self.lines.map { if case .entry(let keys, _) = $0 { painter.width(keys) } else { 0 } }.max()!
        let meaningWidth = Self.lines.map {
            switch $0 {
            case .entry(_, let meaning): painter.width(meaning)
            case .title(let title): painter.width(title) - keyWidth - 2
            case .blank: 0
            }
        }.max()!
        let columns = Self.columns(rows: max(1, height - 2))
        let rows = columns.map(\.count).max() ?? 0
        let natural = keyWidth + 2 + meaningWidth
        let columnWidth = min(natural, (width - 4 - Self.gap * (columns.count - 1)) / columns.count)
        let box = Rect(
            x: max(0, (width - columnWidth * columns.count - Self.gap * (columns.count - 1) - 4) / 2),
            y: max(0, (height - rows - 2) / 2),
            width: min(width, columnWidth * columns.count + Self.gap * (columns.count - 1) + 4),
            height: min(height, rows + 2))
        let background = BoxFrame.background(painter)
        BoxFrame(rect: box, title: "keys", note: "any key closes").draw(&painter)
        for (c, column) in columns.enumerated() {
            let x = box.x + 2 + c * (columnWidth + Self.gap)
            for (r, line) in column.enumerated() where box.y + 1 + r < box.maxY - 1 {
                let y = box.y + 1 + r
                switch line {
                case .title(let title):
                    painter.text(title, x: x, y: y, .accent, background: background, style: [.bold, .underline], limit: columnWidth)
                case .entry(let keys, let meaning):
                    painter.text(keys, x: x, y: y, .accent, background: background, style: .bold, limit: keyWidth)
                    painter.text(meaning, x: x + keyWidth + 2, y: y, .text, background: background, limit: columnWidth - keyWidth - 2, ellipsis: true)
                case .blank:
                    break
                }
            }
        }
    }

    /// The lines split into columns of at most `rows`, as even as they come and none
    /// starting with a blank line.
    private static func columns(rows: Int) -> [[Line]] {
        let count = (lines.count + rows - 1) / rows
        let even = (lines.count + count - 1) / count
        var columns: [[Line]] = [[]]
        for line in lines {
            if columns[columns.count - 1].count == even { columns.append([]) }
            if case .blank = line, columns[columns.count - 1].isEmpty { continue }
            columns[columns.count - 1].append(line)
        }
        return columns
    }
}
