import DescentCore

/// A run's block in the side panel: a head line (label, optimizer, standing) and, below it,
/// as much as the panel has room for. A run's own step is the playhead's (in the status line)
/// unless it ended early, and then its standing says where (`diverged @292`).
struct RunRows {
    /// How much each block shows, from most to least.
    enum Detail: CaseIterable {
        /// The settings (over as many lines as they need), loss and |∇f|, then what the run
        /// spent and the controller's last decision: `evals 3001  restart @1234`.
        case detailed
        /// The settings on one line, cut short if need be; loss and |∇f|.
        case full
        /// The head line alone, with the loss in place of the optimizer.
        case compact
    }

    let width: Int
    /// The run length: a run that stopped before it says where it converged.
    let steps: Int

    /// Label column, then the optimizer column.
    static let labelWidth = 11
    static let indent = 3

    /// The lines under `run`'s head line.
    func body(of run: ShownRun, _ detail: Detail, _ painter: Painter) -> [String] {
        guard detail != .compact else { return [] }
        let trajectory = run.trajectory, sample = run.sample
        let settings = settings(run.spec, lr: trajectory.rates[sample])
        let loss = "\(lossText(trajectory, sample))  |∇f| \(CompactNumber.format(trajectory.gradients[sample].norm))"
        guard detail == .detailed else { return [settings.joined(separator: Self.gap), loss] }
        let lines = TextFlow.lines(settings, separator: Self.gap, width: width - Self.indent, measure: painter.width)
        return lines + [loss, decisions(trajectory, sample)]
    }

    /// The head line at `y`, and `body` (from `body(of:_:_:)`) under it.
    func draw(_ run: ShownRun, body: [String], x: Int, y: Int, _ painter: inout Painter) {
        let trajectory = run.trajectory, sample = run.sample
        let dim: CellStyle = run.visible ? [] : .dim
        let color: CellColor = run.visible ? run.color : .muted
        if run.selected { painter.put(painter.glyphs.selection, x: x, y: y, .accent, style: .bold) }
        painter.put(RunNumber.glyph(run.index), x: x + 1, y: y, color, style: .bold)
        let standing = self.standing(trajectory, sample, visible: run.visible)
        painter.text(standing.text, x: x + width - painter.width(standing.text), y: y, standing.color, style: dim)
        let compact = body.isEmpty
        let end = x + width - painter.width(standing.text) - 1
        // Full rows give the optimizer its own column; a compact row puts the loss just before
        // the standing and leaves the label what remains.
        let second = compact ? lossText(trajectory, sample) : run.spec.optimizer.name
        let secondX = compact ? max(x + Self.indent, end - painter.width(second)) : x + Self.indent + Self.labelWidth
        painter.text(run.spec.label, x: x + Self.indent, y: y, color, style: run.selected ? .bold : dim, limit: min(Self.labelWidth, secondX - x - Self.indent) - 1)
        painter.text(second, x: secondX, y: y, .text, style: dim, limit: end - secondX)
        for (offset, line) in body.enumerated() {
            painter.text(line, x: x + Self.indent, y: y + 1 + offset, .text, style: dim, limit: width - Self.indent, ellipsis: true)
        }
    }

    private static let gap = "  "

    private func lossText(_ trajectory: Trajectory, _ sample: Int) -> String {
        "loss \(CompactNumber.format(trajectory.losses[sample]))"
    }

    /// lr (the rate the step from the playhead uses), momentum, what sets the lr, the restart
    /// rule, noise and the regularizers.
    private func settings(_ run: RunSpec, lr: Double) -> [String] {
        var parts = ["lr \(CompactNumber.format(lr))"]
        if let momentum = run.optimizer.momentum { parts.append("μ \(CompactNumber.format(momentum))") }
        parts.append(stepSizeRule(run))
        if let restart = run.restart { parts.append("restart: \(restart.rawValue)") }
        if run.noise > 0 { parts.append("σ \(CompactNumber.format(run.noise))") }
        if run.weightDecay != 0 { parts.append("wd \(CompactNumber.format(run.weightDecay))") }
        if run.l1 != 0 { parts.append("l1 \(CompactNumber.format(run.l1))") }
        return parts
    }

    /// The schedule (after its warmup) or the controller.
    private func stepSizeRule(_ run: RunSpec) -> String {
        run.stepSize.warmup == nil ? run.stepSize.name : "warmup+\(run.stepSize.name)"
    }

    /// Evaluations so far (a line search is not free) and the latest event up to the playhead.
    private func decisions(_ trajectory: Trajectory, _ sample: Int) -> String {
        let evals = "evals \(trajectory.evals[sample])"
        guard let latest = trajectory.latestEvent(atOrBefore: sample) else { return evals }
        return "\(evals)\(Self.gap)\(latest.event) @\(trajectory.step(ofSample: latest.sample))"
    }

    private func standing(_ trajectory: Trajectory, _ sample: Int, visible: Bool) -> (text: String, color: CellColor) {
        guard visible else { return ("hidden", .muted) }
        switch trajectory.standing(at: sample) {
        case .running: return ("ok", .muted)
        case .converged(let step):
            let stopped = trajectory.lastStep < steps && sample == trajectory.count - 1
            return (stopped ? "converged @\(step)" : "converged", .good)
        case .diverged(let step): return ("diverged @\(step)", .danger)
        }
    }
}
