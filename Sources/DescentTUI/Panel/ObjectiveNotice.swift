/// The heatmap shows f alone, one map for every run; a visible run with weight decay or l1
/// minimises more than that, and the panel says which runs and what they minimise instead.
enum ObjectiveNotice {
    /// The notice in parts that may go on separate lines; empty when every visible run minimises f.
    static func parts(for app: DescentApp) -> [String] {
        let regularized = app.drawingOrder.sorted().filter { app.spec.runs[$0].weightDecay != 0 || app.spec.runs[$0].l1 != 0 }
        guard !regularized.isEmpty else { return [] }
        let runs = regularized.map { app.spec.runs[$0] }
        var objective = "f"
        if runs.contains(where: { $0.weightDecay != 0 }) { objective += " + ½·wd‖x‖²" }
        if runs.contains(where: { $0.l1 != 0 }) { objective += " + l1‖x‖₁" }
        let numbers = regularized.map { String(RunNumber.glyph($0)) }.joined(separator: ", ")
        let who = regularized.count == 1 ? "run \(numbers) minimises" : "runs \(numbers) minimise"
        return ["map: f only —", who, objective]
    }
}
