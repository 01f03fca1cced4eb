import DescentCore

extension DescentApp {
    /// A key while the `:` line is open: it edits the line, and only Enter and Esc leave it.
    mutating func type(_ key: Key) {
        switch key {
        case .character(let character): prompt.insert(character)
        case .backspace: prompt.deleteBackward()
        case .left: prompt.moveCursor(by: -1)
        case .right: prompt.moveCursor(by: 1)
        case .home: prompt.moveCursor(toEnd: false)
        case .end: prompt.moveCursor(toEnd: true)
        case .up: prompt.recall(-1)
        case .down: prompt.recall(1)
        case .escape: promptOpen = false
        case .enter: submitPrompt()
        default: break
        }
    }

    /// A built-in's name selects it as `t` would; anything else is a function of x and y, which
    /// replaces the landscape once it parses. Until then the line stays open with the error.
    private mutating func submitPrompt() {
        let line = prompt.submit()
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.isEmpty {
            promptOpen = false
        } else if words.count == 1, let name = words.first, landscapes.names.contains(name) {
            promptOpen = false
            edit { $0.switchLandscape { _ = $0.select(named: name) } }
        } else {
            do throws(ExpressionError) {
                let expression = try Expression(line)
                promptOpen = false
                edit { $0.showTyped(expression) }
            } catch {
                prompt.reject(CommandPrompt.Failure(error, in: line))
            }
        }
    }

    /// The runs keep their starts where the new view still shows them; the others start from
    /// the expression's default start.
    private mutating func showTyped(_ expression: Expression) {
        landscapes.show(typed: expression)
        viewBox = landscapeView.clamped
        let view = landscapeView
        for index in runs.indices {
            if case .fixed(let point) = runs[index].spec.start, !view.contains(point) {
                runs[index].spec.start = .fixed(landscape.defaultStart)
            }
        }
    }
}

extension CommandPrompt.Failure {
    /// The parser counts Unicode scalars; the line is edited in characters.
    init(_ error: ExpressionError, in line: String) {
        var offset = 0
        if case .character(let scalars) = error.location {
            var counted = 0
            for character in line {
                guard counted < scalars else { break }
                counted += character.unicodeScalars.count
                offset += 1
            }
            if counted < scalars { offset += scalars - counted }
        }
        self.init(offset: offset, message: error.message)
    }
}
