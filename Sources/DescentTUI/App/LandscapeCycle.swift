import DescentCore

/// The landscapes `t` and `T` step through: the built-ins in catalog order, with the
/// scenario's own landscape (and its parameters) in its built-in's place; a typed expression,
/// which is none of them, goes first.
struct LandscapeCycle: Equatable {
    let names: [String]
    let landscapes: [AnyLandscape]
    let scenarioIndex: Int
    private(set) var index: Int

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
        names = entries.map(\.name)
        landscapes = entries.map(\.landscape)
        scenarioIndex = position
        index = position
    }

    var current: AnyLandscape { landscapes[index] }
    var name: String { names[index] }
    var isScenarios: Bool { index == scenarioIndex }

    mutating func move(by offset: Int) {
        index = ((index + offset) % landscapes.count + landscapes.count) % landscapes.count
    }
}
