import DescentCore

extension DescentApp {
    /// Changes the selected run's settings, as an edit (`u` takes it back); `update` simulates
    /// it again before the next frame, and the playhead keeps its step.
    mutating func editSelected(_ prefix: String = "", _ change: (inout RunSpec) -> Void) {
        edit(prefix) { change(&$0.runs[$0.selected].spec) }
    }

    /// The selected run as the scenario has it (on the landscape shown).
    mutating func resetSelected() {
        let original = scenarioSpec(of: selected)
        guard runs[selected].spec != original else {
            return notify("\(original.label) has the scenario's settings")
        }
        editSelected("reset ") { $0 = original }
    }

    /// μ by `delta`; a run without μ, or at the end of its range, says why it stays.
    mutating func shiftMomentum(by delta: Double) {
        let run = runs[selected].spec
        guard let momentum = run.optimizer.momentum else {
            return notify("momentum applies to " + NameList.joined(OptimizerCatalog.names { $0.momentum != nil }))
        }
        guard let optimizer = run.optimizer.shiftingMomentum(by: delta) else {
            return notify("\(run.label): μ is already \(CompactNumber.format(momentum)), its \(delta > 0 ? "highest" : "lowest")")
        }
        editSelected { $0.optimizer = optimizer }
    }

    /// lr times `factor`; one that would overflow (which no scenario can hold, so `w` could
    /// not save it) stays, and says so.
    mutating func scaleLR(by factor: Double) {
        let run = runs[selected].spec, scaled = run.lr * factor
        if let requirement = run.optimizer.lrViolation(scaled) {
            return notify(
                "\(run.label): lr stays \(CompactNumber.format(run.lr)); ×\(CompactNumber.format(factor)) would break lr \(requirement)")
        }
        editSelected { $0.lr = scaled }
    }

    mutating func setStart(_ point: Vector2) {
        editSelected { $0.start = .fixed(point) }
    }

    /// Noise off, or on at the scenario's level; a run that had none gets a tenth of the
    /// gradient norm at its start, which moves it visibly at any lr that moves it at all.
    mutating func toggleNoise() {
        let run = runs[selected].spec, scenarioNoise = scenario.runs[selected].noise
        let level: Double
        if run.noise > 0 {
            level = 0
        } else if scenarioNoise > 0 {
            level = scenarioNoise
        } else {
            let slope = landscape.gradient(at: Simulator(spec: simulationSpec).startPoint(of: run)).norm
            level = slope > 0 && slope.isFinite ? 0.1 * slope : 1
        }
        editSelected { $0.noise = level }
    }

    /// None, function, gradient, none: for runs with a velocity to restart; on others the key
    /// says which optimizers have one.
    mutating func cycleRestart() {
        guard runs[selected].spec.optimizer.acceptsRestart else {
            return notify("restart applies to " + NameList.joined(OptimizerCatalog.names(where: \.acceptsRestart)))
        }
        let rules = [nil] + RestartRule.allCases.map(Optional.some)
        let position = rules.firstIndex(of: runs[selected].spec.restart)!
        let next = rules[(position + 1) % rules.count]
        editSelected { $0.restart = next }
    }
}
