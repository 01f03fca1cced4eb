import DescentCore

/// The landscapes `t` and `T` step through: the built-ins in catalog order, with the
/// scenario's own landscape (and its parameters) in its built-in's place; a typed expression,
/// which is none of them, goes first, and the last one typed on the `:` line before it. An
/// expression is named by its formula.
struct LandscapeCycle: Equatable {
    private(set) var names: [String]
    private(set) var landscapes: [AnyLandscape]
    private(set) var scenarioIndex: Int
    private(set) var index: Int
    /// Whether the first entry is the `:` line's expression, which the next one typed replaces.
    private var hasTyped = false

    init(scenarioLandscape: AnyLandscape) {
        var entries = LandscapeCatalog.builtIns
        let position: Int
        if let builtIn = entries.firstIndex(where: { $0.name == scenarioLandscape.name }) {
            entries[builtIn].landscape = scenarioLandscape
            position = builtIn
        } else {
            entries.insert((scenarioLandscape.name, scenarioLandscape), at: 0)
            position = 0
        }
        names = entries.map { Self.name(of: $0.landscape, catalogName: $0.name) }
        landscapes = entries.map(\.landscape)
        scenarioIndex = position
        index = position
    }

    var current: AnyLandscape { landscapes[index] }
    var name: String { names[index] }
    var isScenarios: Bool { index == scenarioIndex }

    /// Shows the landscape called `name`, as `t` would reach it; nothing changes when there is none.
    mutating func select(named name: String) {
        if let position = names.firstIndex(of: name) { index = position }
    }

    /// Shows `expression`, typed on the `:` line, in place of the one typed before, with the
    /// minima a search finds in its view (typed on the line, it has none given).
    mutating func show(typed expression: Expression) {
        let typed = AnyLandscape.expression(expression)
        let entry = typed.findingMinima(in: typed.defaultView)
        if hasTyped {
            names[0] = expression.source
            landscapes[0] = entry
        } else {
            names.insert(expression.source, at: 0)
            landscapes.insert(entry, at: 0)
            scenarioIndex += 1
            hasTyped = true
        }
        index = 0
    }

    private static func name(of landscape: AnyLandscape, catalogName: String) -> String {
        if case .expression(let expression) = landscape { return expression.source }
        return catalogName
    }

    mutating func move(by offset: Int) {
        index = ((index + offset) % landscapes.count + landscapes.count) % landscapes.count
    }
}
