import DescentCore

extension DescentApp {
    /// Changes the selected run's settings and simulates it again at once, so the new path
    /// shows on the next frame; the playhead keeps its step.
    mutating func editSelected(_ change: (inout RunSpec) -> Void) {
        change(&spec.runs[selected])
        resimulate(selected)
    }

    mutating func setStart(_ point: Vector2) {
        editSelected { $0.start = .fixed(point) }
    }

    /// Noise off, or on at the scenario's level; a run that had none gets a tenth of the
    /// gradient norm at its start, which moves it visibly at any lr that moves it at all.
    mutating func toggleNoise() {
        let run = spec.runs[selected]
        let level: Double
        if run.noise > 0 {
            level = 0
        } else if runs[selected].scenarioNoise > 0 {
            level = runs[selected].scenarioNoise
        } else {
            let slope = spec.landscape.gradient(at: Simulator(spec: spec).startPoint(of: run)).norm
            level = slope > 0 && slope.isFinite ? 0.1 * slope : 1
        }
        editSelected { $0.noise = level }
    }

    /// None, function, gradient, none: for momentum and nesterov runs; others have no
    /// momentum to restart, and the key leaves them alone.
    mutating func cycleRestart() {
        guard spec.runs[selected].optimizer.acceptsRestart else { return }
        let rules = [nil] + RestartRule.allCases.map(Optional.some)
        let position = rules.firstIndex(of: spec.runs[selected].restart)!
        let next = rules[(position + 1) % rules.count]
        editSelected { $0.restart = next }
    }
}
