/// What a tmux capture shows, read the way the tests need it.
struct Screen {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The step number in the status line (`step 389/3000`), if a frame is showing.
    var step: Int? {
        guard let match = text.firstMatch(of: /step (\d+)\/\d+/) else { return nil }
        return Int(match.1)
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
        guard let end = text.range(of: "EXIT=") else { return [] }
        return Set(text[end.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    }
}
