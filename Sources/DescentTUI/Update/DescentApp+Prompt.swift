import DescentCore

extension DescentApp {
    /// A key while the `:` line is open: it edits the line, and only Enter and Esc leave it.
    mutating func type(_ key: Key) {
        switch key {
        case .character(let character): prompt.insert(character)
        case .backspace: prompt.deleteBackward()
        case .left: prompt.moveCursor(by: -1)
        case .right: prompt.moveCursor(by: 1)
        case .home: prompt.moveCursorToStart()
        case .end: prompt.moveCursorToEnd()
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
        guard !words.isEmpty else {
            promptOpen = false
            return
        }
        let before = settings
        // Only a built-in's name: a typed function named by its formula is typed again.
        if words.count == 1, let name = words.first, LandscapeCatalog.entries.contains(where: { $0.name == name }) {
            edit { $0.switchLandscape { $0.select(named: name) } }
        } else {
            let expression: Expression
            do throws(ExpressionError) {
                expression = try Expression(line)
            } catch {
                return prompt.reject(CommandPrompt.Failure(error, in: line))
            }
            edit { $0.showTyped(expression) }
        }
        promptOpen = false
        if settings == before { notify("the landscape is already \(landscapes.name)") }
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
