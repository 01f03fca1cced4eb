import DescentCore

extension SimulationSpec {
    /// Reads and validates a scenario. `file` names it in diagnostics, and without a `name`
    /// key its file name without extension names the scenario.
    public init(parsing bytes: [UInt8], file: String) throws(ScenarioError) {
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(bytes)
        } catch {
            throw .invalid([Diagnostic(file: file, position: error.position, message: error.message)])
        }
        guard let root else {
            throw .invalid([
                Diagnostic(
                    file: file, position: nil,
                    message: "the scenario is empty; expected a mapping with landscape, steps and runs")
            ])
        }
        var validator = Validator(source: ScalarSource(bytes))
        guard let scenario = validator.scenario(root, defaultName: Self.defaultName(forFile: file)) else {
            throw .invalid(validator.problems.diagnostics(file: file))
        }
        self = scenario
    }

    public init(parsing text: String, file: String) throws(ScenarioError) {
        try self.init(parsing: Array(text.utf8), file: file)
    }

    /// `scenarios/saddle-noise.yaml` → `saddle-noise`.
    static func defaultName(forFile file: String) -> String {
        let base = file.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
