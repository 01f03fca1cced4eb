import DescentCore

/// `runs` and `defaults`: each run's optimizer, its parameters and the general run keys.
extension Validator {
    /// Every optimizer parameter name, each once, in catalog order.
    static let optimizerParameterNames: [String] = OptimizerCatalog.entries
        .flatMap { $0.parameters.map(\.name) }
        .uniqued()

    /// The optimizers that take `key`, e.g. momentum, nesterov, rmsprop for `momentum`.
    private static func owners(of key: String) -> String {
        OptimizerCatalog.entries.filter { $0.parameter(named: key) != nil }.map(\.name).joined(separator: ", ")
    }

    private static let runKeyNames = RunKey.allCases.map(\.rawValue)

    /// The entries of `defaults` that some run could take. Their values are checked with
    /// each run they apply to (the same key may have other limits for another optimizer).
    mutating func defaults(_ node: YAMLNode) -> [MappingEntry] {
        guard let entries = mapping(node, "defaults", expected: "a mapping of run keys, e.g. {lr: 0.001}") else {
            return []
        }
        let valid = RunKey.defaultable.map(\.rawValue) + Self.optimizerParameterNames
        return entries.filter { entry in
            if entry.key == RunKey.label.rawValue {
                report("label cannot be a default; give each run its own label", at: entry.keyNode)
                return false
            }
            guard valid.contains(entry.key) else {
                reportUnknownKey(entry, in: "defaults", valid: valid)
                return false
            }
            return true
        }
    }

    /// The runs with unique labels, or `nil` when any run has a problem. Runs that set no
    /// start begin at `defaultStart`; `landscape` (nil when it was invalid) decides what needs f*.
    mutating func runs(
        _ node: YAMLNode, defaults: [MappingEntry], defaultStart: StartPoint, landscape: AnyLandscape?
    ) -> [RunSpec]? {
        guard let items = sequence(node, "runs", expected: "a list of 1 to \(SimulationSpec.maximumRuns) runs") else {
            return nil
        }
        if !(1...SimulationSpec.maximumRuns).contains(items.count) {
            report("runs: expected 1 to \(SimulationSpec.maximumRuns) runs, found \(items.count)", at: node)
        }
        let readings = items.enumerated().map {
            run($1, index: $0, defaults: defaults, defaultStart: defaultStart, landscape: landscape)
        }
        reportDefaultsThatApplyToNoRun(defaults, optimizers: readings.map(\.optimizer))
        reportDuplicateLabels(readings.compactMap(\.label))
        var runs = readings.compactMap(\.run)
        guard runs.count == items.count, !items.isEmpty else { return nil }
        let labels = RunLabels.unique(explicit: readings.map { $0.label?.text }, optimizers: runs.map(\.optimizer.name))
        for index in runs.indices { runs[index].label = labels[index] }
        return runs
    }

    /// One run, merged with the defaults it does not set; its label is left empty when it has
    /// none of its own. Its optimizer and label come back even when the run has other
    /// problems, for the checks across runs.
    private mutating func run(
        _ node: YAMLNode, index: Int, defaults: [MappingEntry], defaultStart: StartPoint, landscape: AnyLandscape?
    ) -> (optimizer: CatalogEntry<AnyOptimizer>?, label: (text: String, node: YAMLNode)?, run: RunSpec?) {
        guard let own = mapping(node, "a run", expected: "a mapping such as {optimizer: sgd, lr: 0.01}") else {
            return (nil, nil, nil)
        }
        let optimizer = optimizer(of: own, defaults: defaults, at: node)
        let ownKeys = Set(own.map(\.key))
        let inherited = defaults.filter { entry in
            !ownKeys.contains(entry.key)
                && (RunKey(rawValue: entry.key) != nil || optimizer?.parameter(named: entry.key) != nil)
        }
        let entries = own + inherited
        // The keys are read before the optimizer's own values, which come last.
        var run = RunSpec(label: "", optimizer: (optimizer ?? OptimizerCatalog.entries[0]).make(), lr: 0, start: defaultStart)
        var reading = RunReading()
        for entry in entries {
            guard let key = RunKey(rawValue: entry.key) else { continue }
            reading.isValid = read(key, entry, index: index, into: &run, &reading) && reading.isValid
        }
        let specific = entries.filter { RunKey(rawValue: $0.key) == nil }
        guard let optimizer else {
            for entry in specific where !Self.optimizerParameterNames.contains(entry.key) {
                reportUnknownKey(entry, in: "a run", valid: Self.runKeyNames + Self.optimizerParameterNames)
            }
            return (nil, reading.label, nil)
        }
        let applicable = specific.filter { entry in
            let belongsElsewhere = optimizer.parameter(named: entry.key) == nil
                && Self.optimizerParameterNames.contains(entry.key)
            if belongsElsewhere { reportInapplicable(entry, to: optimizer) }
            return !belongsElsewhere
        }
        let given = parameterValues(
            applicable, for: optimizer.parameters, in: "a run", at: node, otherKeys: Self.runKeyNames)
        guard let given else { return (optimizer, reading.label, nil) }
        let values = ParameterValues(resolving: given, for: optimizer.parameters)
        run.optimizer = optimizer.make(given)
        run.lr = values.number("lr")
        // An optimizer that decays the weights itself (AdamW) takes weight_decay as its own.
        run.weightDecay = run.optimizer.decouplesWeightDecay ? 0 : values.number("weight_decay")
        if let warmup = reading.warmup, case .schedule(var schedule) = run.stepSize {
            schedule.warmup = warmup.warmup
            run.stepSize = .schedule(schedule)
        }
        reading.isValid = checkCombinations(run, reading, landscape: landscape) && reading.isValid
        guard reading.isValid, applicable.count == specific.count else { return (optimizer, reading.label, nil) }
        return (optimizer, reading.label, run)
    }

    private mutating func optimizer(
        of own: [MappingEntry], defaults: [MappingEntry], at node: YAMLNode
    ) -> CatalogEntry<AnyOptimizer>? {
        let key = RunKey.optimizer.rawValue
        guard let named = own.first(where: { $0.key == key }) ?? defaults.first(where: { $0.key == key }) else {
            reportMissingKey(key, in: "a run", at: node, expected: RunKey.optimizer.expectation)
            return nil
        }
        return choose(named.value, key, from: OptimizerCatalog.entries.map(\.name)).flatMap(OptimizerCatalog.entry(named:))
    }

    /// Reads one general run key into `run`, noting where it stood; false when its value was reported.
    private mutating func read(
        _ key: RunKey, _ entry: MappingEntry, index: Int, into run: inout RunSpec, _ reading: inout RunReading
    ) -> Bool {
        let node = entry.value
        switch key {
        case .optimizer:
            return true
        case .label:
            guard let text = text(node, key.rawValue) else { return false }
            reading.label = (text, node)
        case .noise:
            guard case .number(let noise)? = value(node, for: RunKey.noiseParameter) else { return false }
            run.noise = noise
        case .start:
            guard let start = startPoint(node, random: .ownRandom(run: index)) else { return false }
            run.start = start
        case .schedule:
            guard let rule = choice(node, key.rawValue, in: StepSizeRule.entries) else { return false }
            run.stepSize = rule
            reading.rule = node
        case .warmup:
            guard let entries = mapping(node, key.rawValue, expected: key.expectation),
                  let given = parameterValues(entries, for: Warmup.parameters, in: key.rawValue, at: node)
            else { return false }
            reading.warmup = (Warmup(ParameterValues(resolving: given, for: Warmup.parameters)), node)
        case .restart:
            guard let word = choose(node, key.rawValue, from: RestartRule.allCases.map(\.rawValue)),
                  let rule = RestartRule(rawValue: word)
            else { return false }
            run.restart = rule
            reading.restart = node
        case .l1:
            guard case .number(let l1)? = value(node, for: RunKey.l1Parameter) else { return false }
            run.l1 = l1
        }
        return true
    }

    /// Keys that are valid alone but not together, or not with this optimizer.
    private mutating func checkCombinations(_ run: RunSpec, _ reading: RunReading, landscape: AnyLandscape?) -> Bool {
        var isValid = true
        if let node = reading.rule, run.stepSize.needsKnownMinimum, let landscape, landscape.minimumValue == nil {
            let why = landscape.minimaAreFound
                ? "no minimum was found in the view; give the function's minima: [[x, y]]"
                : "this landscape has no known minimum value"
            report("\(run.stepSize.name) needs f_min here: \(why)", at: node)
            isValid = false
        }
        if let node = reading.restart, !run.optimizer.acceptsRestart {
            let takers = OptimizerCatalog.entries.map { $0.make() }.filter(\.acceptsRestart).map(\.name)
            report(
                "restart applies to \(takers.joined(separator: " and ")) runs, not to \(run.optimizer.name)",
                at: node)
            isValid = false
        }
        if let warmup = reading.warmup, case .controller(let controller) = run.stepSize {
            report("warmup ramps a schedule; the controller '\(controller.name)' sets the lr itself", at: warmup.node)
            isValid = false
        }
        return isValid
    }

    /// `[x, y]` as a fixed point, or `random` as `random`.
    mutating func startPoint(_ node: YAMLNode, random: StartPoint) -> StartPoint? {
        if node.scalar == YAMLScalar(text: "random", isPlain: true) { return random }
        return pair(node, "start", expected: RunKey.start.expectation).map(StartPoint.fixed)
    }

    private mutating func reportInapplicable(_ entry: MappingEntry, to optimizer: CatalogEntry<AnyOptimizer>) {
        let takes = optimizer.parameters.map(\.name).joined(separator: ", ")
        report(
            "'\(entry.key)' does not apply to \(optimizer.name) (only to \(Self.owners(of: entry.key))); "
                + "\(optimizer.name) takes \(takes)",
            at: entry.keyNode)
    }

    /// A default that none of the runs' optimizers takes is a mistake, not a no-op.
    private mutating func reportDefaultsThatApplyToNoRun(
        _ defaults: [MappingEntry], optimizers: [CatalogEntry<AnyOptimizer>?]
    ) {
        let known = optimizers.compactMap { $0 }
        // With a run's optimizer unknown, there is no telling what it would have taken.
        guard !known.isEmpty, known.count == optimizers.count else { return }
        for entry in defaults where RunKey(rawValue: entry.key) == nil {
            guard !known.contains(where: { $0.parameter(named: entry.key) != nil }) else { continue }
            let used = known.map(\.name).uniqued()
            report(
                "'\(entry.key)' in defaults applies to none of the runs (\(used.joined(separator: ", "))); "
                    + "it is a parameter of \(Self.owners(of: entry.key))",
                at: entry.keyNode)
        }
    }

    private mutating func reportDuplicateLabels(_ labels: [(text: String, node: YAMLNode)]) {
        var first: [String: SourcePosition] = [:]
        for label in labels {
            if let position = first[label.text] {
                report(
                    "duplicate label '\(shown(label.text))' (first at \(position)); each run needs its own label",
                    at: label.node)
            } else {
                first[label.text] = label.node.position
            }
        }
    }
}
