import DescentCore

extension DescentApp {
    /// Changes the selected run's settings; `update` simulates it again before the next
    /// frame, and the playhead keeps its step.
    mutating func editSelected(_ change: (inout RunSpec) -> Void) {
        change(&runs[selected].spec)
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

    /// None, function, gradient, none: for momentum and nesterov runs; others have no
    /// momentum to restart, and the key leaves them alone.
    mutating func cycleRestart() {
        guard runs[selected].spec.optimizer.acceptsRestart else { return }
        let rules = [nil] + RestartRule.allCases.map(Optional.some)
        let position = rules.firstIndex(of: runs[selected].spec.restart)!
        let next = rules[(position + 1) % rules.count]
        editSelected { $0.restart = next }
    }
}
