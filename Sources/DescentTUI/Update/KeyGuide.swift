/// Every key: what it is called, what it does, and the action it triggers. The help overlay
/// lists this table and `update` looks keys up in it, so the two cannot drift apart.
enum KeyGuide {
    struct Entry {
        /// How the help names the keys.
        let keys: String
        let meaning: String
        /// Empty for mouse gestures, which `update` handles by position.
        let bindings: [(key: Key, action: Action)]
    }

    struct Section {
        let title: String
        let entries: [Entry]
    }

    static let zoomFactor = 1.25
    static let panFraction = 0.1

    static let sections: [Section] = [
        Section(title: "Playback", entries: [
            Entry(keys: "space", meaning: "play / pause", bindings: [(" ", .togglePlaying)]),
            Entry(keys: ". ,", meaning: "step forward / back", bindings: [(".", .stepForward), (",", .stepBack)]),
            Entry(keys: "] [", meaning: "scrub ±1% of the run", bindings: [("]", .scrub(0.01)), ("[", .scrub(-0.01))]),
            Entry(keys: "} {", meaning: "scrub ±10%", bindings: [("}", .scrub(0.1)), ("{", .scrub(-0.1))]),
            Entry(
                keys: "g G", meaning: "start / end (Home / End)",
                bindings: [("g", .first), (.home, .first), ("G", .last), (.end, .last)]),
            Entry(keys: "> <", meaning: "faster / slower (×2 / ÷2)", bindings: [(">", .speed(2)), ("<", .speed(0.5))]),
            Entry(keys: "r", meaning: "restart from step 0", bindings: [("r", .restart)]),
        ]),
        Section(title: "Selected run", entries: [
            Entry(
                keys: "Tab S-Tab", meaning: "next / previous run",
                bindings: [(.tab, .selectNext), (.backTab, .selectPrevious)]),
            Entry(keys: "1 … 9", meaning: "select run 1 … 9", bindings: (1...9).map { (Key.character(Character("\($0)")), .select($0 - 1)) }),
            Entry(keys: "e E", meaning: "lr ÷1.5 / ×1.5", bindings: [("e", .scaleLR(1 / 1.5)), ("E", .scaleLR(1.5))]),
            Entry(keys: "m M", meaning: "momentum −0.05 / +0.05", bindings: [("m", .shiftMomentum(-0.05)), ("M", .shiftMomentum(0.05))]),
            Entry(keys: "o", meaning: "next optimizer, same lr", bindings: [("o", .cycleOptimizer)]),
            Entry(keys: "s", meaning: "next schedule/controller", bindings: [("s", .cycleStepSize)]),
            Entry(keys: "a", meaning: "adaptive restart rule", bindings: [("a", .cycleRestart)]),
            Entry(keys: "n", meaning: "noise σ (or 0.1·|∇f₀|)", bindings: [("n", .toggleNoise)]),
            Entry(keys: "x", meaning: "hide / show", bindings: [("x", .toggleVisible)]),
            Entry(keys: "X", meaning: "show it alone / show all", bindings: [("X", .toggleSolo)]),
            Entry(keys: "i", meaning: "−∇f; nesterov ◆p+μ(p−p₋₁)", bindings: [("i", .toggleIndicators)]),
            Entry(keys: "v", meaning: "this step's numbers", bindings: [("v", .toggleInspector)]),
            Entry(keys: "u ^R", meaning: "undo / redo an edit", bindings: [("u", .undo), (.control("r"), .redo)]),
            Entry(keys: "R", meaning: "reset to the scenario's", bindings: [("R", .resetRun)]),
        ]),
        Section(title: "Map", entries: [
            Entry(keys: "t T", meaning: "next / previous landscape", bindings: [("t", .landscape(1)), ("T", .landscape(-1))]),
            Entry(keys: ":", meaning: "type f(x, y) or a name", bindings: [(":", .openPrompt)]),
            Entry(
                keys: "←↑↓→ hjkl", meaning: "pan",
                bindings: [
                    (.left, .pan(x: -panFraction, y: 0)), ("h", .pan(x: -panFraction, y: 0)),
                    (.down, .pan(x: 0, y: -panFraction)), ("j", .pan(x: 0, y: -panFraction)),
                    (.up, .pan(x: 0, y: panFraction)), ("k", .pan(x: 0, y: panFraction)),
                    (.right, .pan(x: panFraction, y: 0)), ("l", .pan(x: panFraction, y: 0)),
                ]),
            Entry(
                keys: "+ = -", meaning: "zoom in / out",
                bindings: [("+", .zoom(zoomFactor)), ("=", .zoom(zoomFactor)), ("-", .zoom(1 / zoomFactor))]),
            Entry(keys: "0", meaning: "reset the view", bindings: [("0", .resetView)]),
            Entry(keys: "c", meaning: "cursor; Enter sets start", bindings: [("c", .enterCursorMode)]),
            Entry(
                keys: "P B", meaning: "map of lr,μ / of basins",
                bindings: [("P", .toggleMap(.parameters)), ("B", .toggleMap(.basins))]),
            Entry(keys: "f", meaning: "trail: all/1000/100 steps", bindings: [("f", .cycleTrail)]),
            Entry(keys: "L", meaning: "log / linear step axis", bindings: [("L", .toggleLogStepAxis)]),
            Entry(keys: "click", meaning: "set start; wheel zooms", bindings: []),
        ]),
        Section(title: "", entries: [
            Entry(keys: "w W", meaning: "save scenario / its CSV", bindings: [("w", .save(csv: false)), ("W", .save(csv: true))]),
            Entry(keys: "? F1", meaning: "this help", bindings: [("?", .openHelp), (.function(1), .openHelp)]),
            Entry(keys: "Esc", meaning: "close, leave a mode", bindings: [(.escape, .cancel)]),
            Entry(keys: "q ^C F10", meaning: "quit", bindings: [("q", .quit), (.interrupt, .quit), (.function(10), .quit)]),
        ]),
    ]

    /// Keys that mean something else while the cursor is shown.
    static let cursorBindings: [Key: Action] = [
        .left: .moveCursor(x: -1, y: 0), "h": .moveCursor(x: -1, y: 0),
        .down: .moveCursor(x: 0, y: 1), "j": .moveCursor(x: 0, y: 1),
        .up: .moveCursor(x: 0, y: -1), "k": .moveCursor(x: 0, y: -1),
        .right: .moveCursor(x: 1, y: 0), "l": .moveCursor(x: 1, y: 0),
        .enter: .placeStart, .escape: .leaveCursorMode, "c": .leaveCursorMode,
    ]

    /// Keys that mean something else while a map (`P`, `B`) is shown; `m`, `M` and the rest
    /// keep their meaning.
    static let mapBindings: [Key: Action] = [
        .left: .moveMapCursor(x: -1, y: 0), "h": .moveMapCursor(x: -1, y: 0),
        .down: .moveMapCursor(x: 0, y: 1), "j": .moveMapCursor(x: 0, y: 1),
        .up: .moveMapCursor(x: 0, y: -1), "k": .moveMapCursor(x: 0, y: -1),
        .right: .moveMapCursor(x: 1, y: 0), "l": .moveMapCursor(x: 1, y: 0),
        .enter: .pickMapCell, .escape: .closeMap,
    ]

    /// What the screen is in, for the keys whose meaning it changes.
    enum Mode {
        case landscape, cursor, map
    }

    static let bindings: [Key: Action] = Dictionary(
        sections.flatMap(\.entries).flatMap(\.bindings).map { ($0.key, $0.action) }, uniquingKeysWith: { first, _ in first })

    static func action(for key: Key, in mode: Mode) -> Action? {
        switch mode {
        case .landscape: bindings[key]
        case .cursor: cursorBindings[key] ?? bindings[key]
        case .map: mapBindings[key] ?? bindings[key]
        }
    }
}
