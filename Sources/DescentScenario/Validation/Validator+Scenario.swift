import DescentCore

/// The whole document: top-level keys, then the model once nothing is wrong.
extension Validator {
    private static let tolerance = Parameter.number(
        "tolerance", SimulationSpec.defaultTolerance, .positive,
        help: "gradient norm under which a run counts as converged")

    /// Optional keys read as `nil` both when absent and when invalid: an invalid one has been
    /// reported, and a scenario with problems is never built.
    mutating func scenario(_ root: YAMLNode, defaultName: String) -> SimulationSpec? {
        guard let entries = mapping(root, "the scenario", expected: "a mapping with landscape, steps and runs") else {
            return nil
        }
        var given: [ScenarioKey: YAMLNode] = [:]
        for entry in entries {
            guard let key = ScenarioKey(rawValue: entry.key) else {
                reportUnknownTopLevelKey(entry)
                continue
            }
            given[key] = entry.value
        }
        let name = given[.name].flatMap { text($0, "name") } ?? defaultName
        let parsed = required(.landscape, in: given, at: root, expected: Self.landscapeExpectation)
            .flatMap { self.landscape($0) }
        let view = given[.view].flatMap { self.view($0, default: parsed?.defaultView) } ?? parsed?.defaultView
        // A typed function given without minima has them searched for in the view, before the
        // runs are read: Polyak's step needs f*.
        let landscape = view.map { parsed?.findingMinima(in: $0) } ?? parsed
        let steps = required(.steps, in: given, at: root, expected: Self.stepsExpectation)
            .flatMap { self.steps($0) }
        let start = given[.start].flatMap { startPoint($0, random: .sharedRandom) }
        let seed = given[.seed].flatMap { wholeNumber($0, "seed", as: UInt64.self, requirement: Self.seedRange) } ?? 0
        var tolerance = SimulationSpec.defaultTolerance
        if let node = given[.tolerance], case .number(let value)? = value(node, for: Self.tolerance) {
            tolerance = value
        }
        let stopAtTolerance = given[.stopAtTolerance].flatMap { boolean($0, "stop_at_tolerance") } ?? false
        let defaults = given[.defaults].map { self.defaults($0) } ?? []
        let defaultStart = start ?? .fixed(landscape?.defaultStart ?? .zero)
        let runs = required(.runs, in: given, at: root, expected: "a list of runs, e.g. [{optimizer: sgd}]")
            .flatMap { self.runs($0, defaults: defaults, defaultStart: defaultStart, landscape: landscape) }

        guard problems.isEmpty, let landscape, let view, let steps, let runs else { return nil }
        return SimulationSpec(
            name: name, landscape: landscape, view: view, steps: steps, seed: seed, tolerance: tolerance,
            stopAtTolerance: stopAtTolerance, runs: runs)
    }

    private static let stepsExpectation = "a whole number in 1 ... \(SimulationSpec.maximumSteps)"
    private static let seedRange = "in 0 ... \(UInt64.max)"

    private mutating func required(
        _ key: ScenarioKey, in given: [ScenarioKey: YAMLNode], at root: YAMLNode, expected: String
    ) -> YAMLNode? {
        guard let node = given[key] else {
            reportMissingKey(key.rawValue, in: "the scenario", at: root, expected: expected)
            return nil
        }
        return node
    }

    private mutating func steps(_ node: YAMLNode) -> Int? {
        guard let steps = wholeNumber(node, "steps", requirement: Self.stepsExpectation) else { return nil }
        guard (1...SimulationSpec.maximumSteps).contains(steps) else {
            report("steps must be \(Self.stepsExpectation), found \(shown(node.flowText))", at: node)
            return nil
        }
        return steps
    }

    /// `{x: [lo, hi], y: [lo, hi]}`; an axis left out keeps the landscape's range.
    private mutating func view(_ node: YAMLNode, default landscapeView: ViewBox?) -> ViewBox? {
        guard let entries = mapping(node, "view", expected: "{x: [lo, hi], y: [lo, hi]}") else { return nil }
        var x = landscapeView?.x, y = landscapeView?.y
        var isValid = true
        for entry in entries {
            guard let axis = ViewKey(rawValue: entry.key) else {
                reportUnknownKey(entry, in: "view", valid: ViewKey.allCases.map(\.rawValue))
                isValid = false
                continue
            }
            guard let range = interval(entry.value, "view \(entry.key)") else {
                isValid = false
                continue
            }
            switch axis {
            case .x: x = range
            case .y: y = range
            }
        }
        guard isValid, let x, let y else { return nil }
        return ViewBox(x: x, y: y)
    }

    private mutating func interval(_ node: YAMLNode, _ name: String) -> ClosedRange<Double>? {
        guard let bounds = pair(node, name, expected: "[lo, hi]") else { return nil }
        guard bounds.x < bounds.y else {
            report("\(name) must be [lo, hi] with lo < hi, found \(shown(node.flowText))", at: node)
            return nil
        }
        // Beyond these the view's width, its ticks or its projection would not be finite.
        guard ViewBox.isShowable(bounds.x...bounds.y) else {
            report("\(name) must lie within \(Self.showableSide), found \(shown(node.flowText))", at: node)
            return nil
        }
        return bounds.x...bounds.y
    }

    /// `ViewBox.isShowable` in words; ViewBoxValidationTests holds the two to each other.
    private static let showableSide = "-1e12 ... 1e12 and be at least 1e-9 × max(1, |centre|) wide"

    private mutating func reportUnknownTopLevelKey(_ entry: MappingEntry) {
        let valid = ScenarioKey.allCases.map(\.rawValue)
        let isRunKey = RunKey(rawValue: entry.key) != nil || Self.optimizerParameterNames.contains(entry.key)
        guard isRunKey else {
            reportUnknownKey(entry, in: "the scenario", valid: valid)
            return
        }
        report(
            "'\(entry.key)' belongs in a run or in defaults, not at the top level; "
                + "valid here: \(valid.joined(separator: ", "))",
            at: entry.keyNode)
    }
}
