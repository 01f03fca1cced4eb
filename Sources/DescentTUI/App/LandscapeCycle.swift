import DescentCore

/// The landscapes `t` and `T` step through: the built-ins in catalog order, with the
/// scenario's own landscape (and its parameters and view) in its built-in's place.
struct LandscapeCycle: Equatable {
    let names: [String]
    let landscapes: [AnyLandscape]
    let scenarioIndex: Int
    let scenarioView: ViewBox
    private(set) var index: Int

    init(scenarioLandscape: AnyLandscape, view: ViewBox) {
        let builtIns = LandscapeCatalog.builtIns
        let position = builtIns.firstIndex { $0.name == scenarioLandscape.name } ?? 0
        names = builtIns.map(\.name)
        var landscapes = builtIns.map(\.landscape)
        landscapes[position] = scenarioLandscape
        self.landscapes = landscapes
        scenarioIndex = position
        scenarioView = view
        index = position
    }

    var current: AnyLandscape { landscapes[index] }
    var name: String { names[index] }
    var isScenarios: Bool { index == scenarioIndex }
    /// Where the view resets to: the scenario's view on its landscape, else the landscape's own box.
    var view: ViewBox { isScenarios ? scenarioView : current.defaultView }

    mutating func move(by offset: Int) {
        index = ((index + offset) % landscapes.count + landscapes.count) % landscapes.count
    }
}
