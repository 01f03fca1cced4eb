import DescentCore

/// The landscapes `t` and `T` step through: the built-ins in catalog order, with the
/// scenario's own landscape (and its parameters) in its built-in's place.
struct LandscapeCycle: Equatable {
    let names: [String]
    let landscapes: [AnyLandscape]
    let scenarioIndex: Int
    private(set) var index: Int

    init(scenarioLandscape: AnyLandscape) {
        let builtIns = LandscapeCatalog.builtIns
        let position = builtIns.firstIndex { $0.name == scenarioLandscape.name } ?? 0
        names = builtIns.map(\.name)
        var landscapes = builtIns.map(\.landscape)
        landscapes[position] = scenarioLandscape
        self.landscapes = landscapes
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
