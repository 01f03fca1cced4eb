import Foundation

/// What a tmux capture shows, read the way the tests need it.
struct Screen {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The lines without the blanks around their text.
    var trimmedLines: [String] { lines.map { $0.trimmingCharacters(in: .whitespaces) } }

    /// The step number in the status line (`step 389/3000`), if a frame is showing.
    var step: Int? {
        guard let match = text.firstMatch(of: /step (\d+)\/\d+/) else { return nil }
        return Int(match.1)
    }

    /// Whether a whole `width` × `height` frame is showing: its last row is the status line,
    /// which ends with `? help` beside the right edge (tmux drops the blank after it).
    func showsFrame(width: Int, height: Int) -> Bool {
        let lines = lines
        return lines.indices.contains(height - 1) && lines[height - 1].hasSuffix("? help") && lines[height - 1].count == width - 1
    }

    /// The character at column x, row y (each glyph descent draws is one column wide).
    func character(x: Int, y: Int) -> Character? {
        let lines = lines
        guard lines.indices.contains(y) else { return nil }
        let row = Array(lines[y])
        return row.indices.contains(x) ? row[x] : nil
    }

    /// The words `stty -a` printed after the command ended ("icanon", "-echo", ...).
    var terminalModes: Set<Substring> {
        guard let status = text.range(of: "EXIT="),
              let end = text.range(of: TmuxPane.endOfOutput, options: .backwards, range: status.upperBound..<text.endIndex)
        else { return [] }
        return Set(text[status.upperBound..<end.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    }
}
