import DescentCore

/// A `SimulationSpec` as a scenario file (DESIGN.md contract 2) that loads back to the same
/// spec, so that headless mode gives the same bytes: what the view's `w` saves. Keys are the
/// loader's own (`ScenarioKey`, `RunKey`, `ExpressionKey`, `ViewKey`), parameter names and
/// values the core's catalogs' (`arguments`), nothing left to a default that could change.
public enum ScenarioWriter {
    /// The file's text: `comment` as a header of `#` lines (a line break in it starts another
    /// comment line, never a key), then the scenario.
    public static func text(of spec: SimulationSpec, comment: [String]) -> String {
        var lines = comment.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
            .map { $0.isEmpty ? "#" : "# \($0)" }
        func line(_ key: ScenarioKey, _ value: String) { lines.append("\(key.rawValue): \(value)") }
        line(.name, YAMLText.quoted(spec.name))
        line(.landscape, landscape(spec.landscape))
        line(.view, YAMLText.mapping([
            (ViewKey.x.rawValue, YAMLText.interval(spec.view.x)), (ViewKey.y.rawValue, YAMLText.interval(spec.view.y)),
        ]))
        line(.steps, String(spec.steps))
        let sharesRandomStart = spec.runs.contains { $0.start == .sharedRandom }
        if sharesRandomStart { line(.start, randomWord) }
        line(.seed, String(spec.seed))
        line(.tolerance, YAMLText.number(spec.tolerance))
        line(.stopAtTolerance, String(spec.stopAtTolerance))
        lines.append("\(ScenarioKey.runs.rawValue):")
        let simulator = Simulator(spec: spec)
        for (index, run) in spec.runs.enumerated() {
            let entries = self.run(run, index: index, startingAt: simulator.startPoint(of: run))
            for (position, entry) in entries.enumerated() {
                lines.append((position == 0 ? "  - " : "    ") + "\(entry.key): \(entry.value)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `start: random` is spelled as.
    private static let randomWord = "random"

    /// A built-in by name with its parameters, or `{expr, params, minima}`, the minima only
    /// when they were given: found ones are found again on loading, in the same view.
    private static func landscape(_ landscape: AnyLandscape) -> String {
        guard case .expression(let expression) = landscape else {
            return YAMLText.call(landscape.name, landscape.arguments)
        }
        var entries = [(ExpressionKey.expr.rawValue, YAMLText.quoted(expression.source))]
        if !expression.parameters.isEmpty {
            let parameters = expression.parameters.map { ($0.name, YAMLText.number($0.value)) }
            entries.append((ExpressionKey.params.rawValue, YAMLText.mapping(parameters)))
        }
        if !landscape.minima.isEmpty, !landscape.minimaAreFound {
            let points = landscape.minima.map { YAMLText.pair($0.position) }.joined(separator: ", ")
            entries.append((ExpressionKey.minima.rawValue, "[\(points)]"))
        }
        return YAMLText.mapping(entries)
    }

    /// One run's keys in `RunKey`'s order, with the optimizer's parameters after its name. A
    /// random start is written as one where the loader would draw the same point (the
    /// scenario's shared one, or the run's own at its index), else as the point it drew.
    private static func run(_ run: RunSpec, index: Int, startingAt point: Vector2) -> [(key: String, value: String)] {
        var entries: [(key: String, value: String)] = []
        for key in RunKey.allCases {
            switch key {
            case .optimizer:
                entries.append((key.rawValue, run.optimizer.name))
                entries += run.optimizerArguments.map { ($0.name, $0.value.description) }
            case .label:
                entries.insert((key.rawValue, YAMLText.quoted(run.label)), at: 0)
            case .noise:
                entries.append((key.rawValue, YAMLText.number(run.noise)))
            case .start:
                if run.start == .ownRandom(run: index) {
                    entries.append((key.rawValue, randomWord))
                } else if run.start != .sharedRandom {
                    entries.append((key.rawValue, YAMLText.pair(point)))
                }
            case .schedule:
                entries.append((key.rawValue, stepSize(run.stepSize)))
            case .warmup:
                if let warmup = run.stepSize.warmup {
                    entries.append((key.rawValue, YAMLText.mapping(warmup.arguments.map { ($0.name, $0.value.description) })))
                }
            case .restart:
                if let restart = run.restart { entries.append((key.rawValue, restart.rawValue)) }
            case .l1:
                entries.append((key.rawValue, YAMLText.number(run.l1)))
            }
        }
        return entries
    }

    private static func stepSize(_ rule: StepSizeRule) -> String {
        switch rule {
        case .schedule(let s): return YAMLText.call(s.schedule.name, s.schedule.arguments)
        case .controller(let c): return YAMLText.call(c.name, c.arguments)
        }
    }
}
