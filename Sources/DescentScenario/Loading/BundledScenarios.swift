/// The scenarios in the package's `scenarios/` folder, compiled into the binary by the
/// EmbedScenarios plugin so that any working directory can name them.
public enum BundledScenarios {
    /// What `descent` shows when no scenario is named.
    public static let defaultName = "rosenbrock"

    /// Sorted.
    public static let names: [String] = bundledScenarioTexts.map(\.name).sorted()

    public static func text(named name: String) -> String? {
        bundledScenarioTexts.first { $0.name == name }?.text
    }
}
