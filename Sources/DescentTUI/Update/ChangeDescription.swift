import DescentCore

/// A change of the settings in words, as the status line confirms it: `nesterov: lr 0.001 →
/// 0.0015`, `momentum: μ 0.9 → 0.85`, `landscape rosenbrock → himmelblau`. Worked out by
/// comparing the settings before and after, so an edit, its undo and its redo each read in
/// the direction they went, and no key can change a setting without saying so.
enum ChangeDescription {
    static func text(from old: SimulatedSettings, to new: SimulatedSettings) -> String {
        if old.landscapes != new.landscapes { return "landscape \(old.landscapes.name) → \(new.landscapes.name)" }
        return zip(old.specs, new.specs).filter { $0 != $1 }
            .map { old, new in "\(new.label): " + changes(from: old, to: new).joined(separator: ", ") }
            .joined(separator: "; ")
    }

    private static func changes(from old: RunSpec, to new: RunSpec) -> [String] {
        var changes: [String] = []
        func compare(_ name: String, _ before: String, _ after: String) {
            if before != after { changes.append("\(name) \(before) → \(after)") }
        }
        compare("optimizer", old.optimizer.name, new.optimizer.name)
        if old.optimizer.name == new.optimizer.name {
            let before = old.optimizer.settings, after = new.optimizer.settings
            for name in before.keys.sorted() {
                compare(name == "momentum" ? "μ" : name, value(before[name]), value(after[name]))
            }
        }
        compare("lr", CompactNumber.format(old.lr), CompactNumber.format(new.lr))
        let sameRule = old.stepSize.name == new.stepSize.name
        compare("schedule", sameRule ? old.stepSize.description : old.stepSize.name, sameRule ? new.stepSize.description : new.stepSize.name)
        compare("restart", old.restart?.rawValue ?? "none", new.restart?.rawValue ?? "none")
        compare("noise", CompactNumber.format(old.noise), CompactNumber.format(new.noise))
        compare("start", start(old.start), start(new.start))
        return changes
    }

    private static func value(_ value: ParameterValue?) -> String {
        switch value {
        case .number(let number): CompactNumber.format(number)
        case let other?: other.description
        case nil: "none"
        }
    }

    private static func start(_ start: StartPoint) -> String {
        switch start {
        case .fixed(let point): "(\(CompactNumber.format(point.x)), \(CompactNumber.format(point.y)))"
        case .random: "random"
        }
    }
}
