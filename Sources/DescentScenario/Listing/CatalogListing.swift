import DescentCore

/// The text of `descent list`: every landscape, optimizer and schedule with its parameters,
/// read from the catalogs that validation reads, so the two never disagree.
public enum CatalogListing {
    public enum Section: String, CaseIterable, Sendable {
        case all
        case landscapes
        case optimizers
        case schedules
    }

    public static func render(_ section: Section = .all) -> String {
        switch section {
        case .all:
            return [Section.landscapes, .optimizers, .schedules].map { render($0) }.joined(separator: "\n")
        case .landscapes:
            return block(
                title: "Landscapes: landscape: NAME, or {name: NAME, PARAMETER: VALUE, ...}",
                entries: LandscapeCatalog.entries.map { ($0.name, $0.summary, $0.parameters) })
                + "\nOr a typed function: landscape: {expr: \"(a - x)^2 + b*(y - x^2)^2\", params: {a: 1, b: 100}, "
                + "minima: [[1, 1]]}\n(params and minima optional; default view [-3, 3]²; "
                + "descent --function EXPR runs it without a file;\nwithout minima, descent finds them in the view "
                + "and a headless run prints them as found)\n\n"
                + ExpressionGrammar.lines.map { "    " + $0 }.joined(separator: "\n") + "\n"
        case .optimizers:
            let runKeys = RunKey.allCases.filter { $0 != .optimizer }.map { key in
                [key.rawValue, key.expectation, key.defaultDescription, key.help]
            }
            return block(
                title: "Optimizers: in each run, optimizer: NAME and any of its parameters",
                entries: OptimizerCatalog.entries.map { ($0.name, $0.summary, $0.parameters) })
                + "\nEvery run also takes:\n"
                + TextTable(rows: runKeys).lines(indent: "    ").joined(separator: "\n") + "\n"
        case .schedules:
            return block(
                title: "Schedules: in a run, schedule: NAME, or {name: NAME, PARAMETER: VALUE, ...}",
                entries: ScheduleCatalog.entries.map { ($0.name, $0.summary, $0.parameters) }
                    + [("warmup", "in a run, warmup: {...}: a linear ramp of lr before the schedule starts", Warmup.parameters)])
                + "\n" + block(
                    title: "Step-size controllers: in a run, schedule: NAME, or {name: NAME, PARAMETER: VALUE, ...}; "
                        + "they set the lr from what the run does",
                    entries: ControllerCatalog.entries.map { ($0.name, $0.summary, $0.parameters) })
        }
    }

    /// A title, then each entry's name and summary with its parameters aligned beneath.
    private static func block(title: String, entries: [(name: String, summary: String, parameters: [Parameter])]) -> String {
        let nameWidth = entries.map(\.name.count).max() ?? 0
        // One table for the whole block, so that columns line up across entries.
        var rows = TextTable(rows: entries.flatMap { $0.parameters.map(row) }).lines(indent: "    ")[...]
        var lines = [title, ""]
        for entry in entries {
            lines.append(entry.name + String(repeating: " ", count: nameWidth - entry.name.count) + "  " + entry.summary)
            lines += rows.prefix(entry.parameters.count)
            rows = rows.dropFirst(entry.parameters.count)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// name, kind, default, constraint, help.
    private static func row(_ parameter: Parameter) -> [String] {
        let defaultText: String
        if let value = parameter.defaultValue {
            defaultText = "default \(value)"
        } else if parameter.defaultsToRunLength {
            defaultText = "steps of the run"
        } else {
            defaultText = parameter.isOptional ? "optional" : "required"
        }
        let requirement = parameter.constraint.requirement
        return [
            parameter.name, parameter.kind.description, defaultText,
            requirement == Constraint.none.requirement ? "" : requirement, parameter.help,
        ]
    }
}
