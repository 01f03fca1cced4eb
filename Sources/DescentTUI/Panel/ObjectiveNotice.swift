/// The heatmap shows f alone, one map for every run; a visible run with weight decay or l1
/// minimises more than that, and the panel says which runs and what they minimise instead.
enum ObjectiveNotice {
    /// The notice in parts that may go on separate lines; empty when every one of the visible
    /// runs (in order) minimises f.
    /// Run numbers are in Unicode; the painter writes them in ASCII where it must.
    static func parts(for visible: [ShownRun]) -> [String] {
        let regularized = visible.filter { $0.spec.weightDecay != 0 || $0.spec.l1 != 0 }
        guard !regularized.isEmpty else { return [] }
        var objective = "f"
        if regularized.contains(where: { $0.spec.weightDecay != 0 }) { objective += " + ½·wd‖x‖²" }
        if regularized.contains(where: { $0.spec.l1 != 0 }) { objective += " + l1‖x‖₁" }
        let numbers = regularized.map { String(RunNumber.glyph($0.index, unicode: true)) }.joined(separator: ", ")
        let who = regularized.count == 1 ? "run \(numbers) minimises" : "runs \(numbers) minimise"
        return ["map: f only —", who, objective]
    }
}
