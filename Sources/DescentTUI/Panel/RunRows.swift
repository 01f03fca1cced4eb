import DescentCore

/// A run's block in the side panel: a head line (number, label, optimizer, standing) and,
/// below it, as much as the panel has room for. A run's own step is the playhead's (in the
/// status line) unless it ended early, and then its standing says where (`diverged @292`).
struct RunRows {
    /// How much a block shows, from most to least.
    enum Detail: CaseIterable {
        /// The settings (over as many lines as they need), loss and |∇f|, then what the run
        /// spent and the controller's last decision: `evals 3001  restart @1234`, and once it
        /// converged, what that took.
        case detailed
        /// The settings on one line, cut short if need be; loss and |∇f|.
        case full
        /// The head line alone, with the loss before the standing.
        case compact
    }

    let width: Int

    /// Columns of the label and the space after it, where the panel is wide enough.
    static let labelWidth = 11
    static let indent = 3
    /// Columns the label keeps however narrow the row: a few letters and the ellipsis.
    private static let shortestLabel = 6

    /// The lines under `run`'s head line.
    func body(of run: ShownRun, _ detail: Detail, _ painter: Painter) -> [String] {
        guard detail != .compact else { return [] }
        let trajectory = run.trajectory, sample = run.sample
        let settings = settings(run.spec, lr: trajectory.rates[sample])
        let loss = "\(lossText(trajectory, sample))  |∇f| \(CompactNumber.format(trajectory.gradients[sample].norm))"
        guard detail == .detailed else { return [settings.joined(separator: Self.gap), loss] }
        let lines = TextFlow.lines(settings, separator: Self.gap, width: width - Self.indent, measure: painter.width)
        return lines + [loss, decisions(trajectory, sample)] + (toTolerance(trajectory, sample).map { [$0] } ?? [])
    }

    /// The head line at `y`, and `body` (from `body(of:_:_:)`) under it, in columns. The
    /// optimizer is always there (after `o` a run labelled `momentum` may be Adam): the label
    /// gives way to it, and a compact row's loss gives way to both.
    func draw(_ run: ShownRun, body: [String], x: Int, y: Int, _ painter: inout Painter) {
        let trajectory = run.trajectory, sample = run.sample
        let dim: CellStyle = run.visible ? [] : .dim
        let color: CellColor = run.visible ? run.color : .muted
        if run.selected { painter.put(painter.glyphs.selection, x: x, y: y, .accent, style: .bold) }
        painter.put(painter.glyphs.run(run.index), x: x + 1, y: y, color, style: .bold)
        let standing = self.standing(trajectory, sample, visible: run.visible)
        let standingX = x + width - painter.width(standing.text)
        painter.text(standing.text, x: standingX, y: y, standing.color, style: dim)
        let optimizer = run.spec.optimizer.name
        let labelX = x + Self.indent
        let optimizerX = max(
            labelX + Self.shortestLabel, min(labelX + Self.labelWidth, standingX - 1 - painter.width(optimizer)))
        painter.text(run.spec.label, x: labelX, y: y, color, style: run.selected ? .bold : dim, limit: optimizerX - 1 - labelX, ellipsis: true)
        let optimizerEnd = painter.text(optimizer, x: optimizerX, y: y, .text, style: dim, limit: standingX - 1 - optimizerX)
        if body.isEmpty {
            // The bare number, where the columns leave room: the word would cost the label.
            let loss = CompactNumber.format(trajectory.losses[sample])
            let lossX = standingX - 2 - painter.width(loss)
            if lossX > optimizerEnd { painter.text(loss, x: lossX, y: y, .text, style: dim) }
        }
        for (offset, line) in body.enumerated() {
            painter.text(line, x: labelX, y: y + 1 + offset, .text, style: dim, limit: width - Self.indent, ellipsis: true)
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

    /// Steps and evaluations to the tolerance, once the playhead has passed it.
    private func toTolerance(_ trajectory: Trajectory, _ sample: Int) -> String? {
        guard case .converged(let step) = trajectory.standing(at: sample) else { return nil }
        guard let evals = trajectory.convergedEvals else { return "to tol: \(step) steps" }
        return "to tol: \(step) steps, \(evals) evals"
    }

    private func standing(_ trajectory: Trajectory, _ sample: Int, visible: Bool) -> (text: String, color: CellColor) {
        guard visible else { return ("hidden", .muted) }
        switch trajectory.standing(at: sample) {
        case .running: return ("ok", .muted)
        case .converged(let step): return ("converged @\(step)", .good)
        case .diverged(let step): return ("diverged @\(step)", .danger)
        }
    }
}
