/// What a terminal below the minimum size shows instead of a cramped frame.
enum SizeNotice {
    static func draw(width: Int, height: Int, _ painter: inout Painter) {
        let words = [
            "descent needs at least \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight);",
            "this terminal is \(width)×\(height)",
        ]
        // Each half on its own line when the terminal is narrower than the whole sentence.
        let lines = painter.width(words.joined(separator: " ")) <= width ? [words.joined(separator: " ")] : words
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (width - painter.width(line)) / 2)
            painter.text(line, x: x, y: top + offset, offset == 0 ? .warning : .text)
        }
    }
}
