import DescentCore

/// The `:` line, as vim has it: what is typed, where the cursor is, the session's earlier
/// lines for ↑ and ↓, and the error of the last Enter, which stays until the line changes.
struct CommandPrompt: Equatable {
    /// Why the last submitted line was rejected, and at which character.
    struct Failure: Equatable {
        /// In characters from the line's start.
        let offset: Int
        let message: String
    }

    private(set) var text: [Character] = []
    /// Between characters: 0 ... text.count.
    private(set) var cursor = 0
    private(set) var failure: Failure?
    /// Submitted lines, oldest first: kept when the line closes, for the next `:`.
    private(set) var history: [String] = []
    /// Which history line ↑ and ↓ show; nil while editing a line of one's own.
    private var recalled: Int?

    var line: String { String(text) }

    /// A fresh line that remembers the earlier ones.
    func reopened() -> CommandPrompt {
        CommandPrompt(history: history)
    }

    mutating func insert(_ character: Character) {
        text.insert(character, at: cursor)
        cursor += 1
        edited()
    }

    /// Backspace: the character before the cursor.
    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        text.remove(at: cursor)
        edited()
    }

    mutating func moveCursor(by offset: Int) {
        cursor = min(max(cursor + offset, 0), text.count)
    }

    mutating func moveCursorToStart() {
        cursor = 0
    }

    mutating func moveCursorToEnd() {
        cursor = text.count
    }

    /// ↑ (-1) an earlier line, ↓ (+1) a later one; past the latest, an empty line.
    mutating func recall(_ direction: Int) {
        guard !history.isEmpty else { return }
        let target = (recalled ?? history.count) + direction
        guard target >= 0 else { return }
        if target >= history.count {
            recalled = nil
            show([])
        } else {
            recalled = target
            show(Array(history[target]))
        }
    }

    /// Enter: the line goes into the history (once, if the same as the last) and is returned.
    mutating func submit() -> String {
        let submitted = line
        if !submitted.isEmpty, history.last != submitted { history.append(submitted) }
        recalled = nil
        return submitted
    }

    mutating func reject(_ failure: Failure) {
        self.failure = failure
    }

    private mutating func show(_ line: [Character]) {
        text = line
        cursor = line.count
        failure = nil
    }

    /// A change of the line takes its error away: the caret would point at other text.
    private mutating func edited() {
        failure = nil
        recalled = nil
    }
}

extension CommandPrompt.Failure {
    /// The parser counts Unicode scalars from the line's start; the line is edited in
    /// characters. Past the end (an unfinished line), the caret goes as far past it.
    init(_ error: ExpressionError, in line: String) {
        var offset = 0
        if case .character(let scalars) = error.location {
            var counted = 0
            for character in line {
                guard counted < scalars else { break }
                counted += character.unicodeScalars.count
                offset += 1
            }
            offset += max(scalars - counted, 0)
        }
        self.init(offset: offset, message: error.message)
    }
}
