import DescentCore

/// Where a run's keys stood while they are read into its `RunSpec`: for the checks across
/// keys and runs, which point at the key at fault.
struct RunReading {
    var isValid = true
    var label: (text: String, node: YAMLNode)?
    var rule: YAMLNode?
    var warmup: (warmup: Warmup, node: YAMLNode)?
    var restart: YAMLNode?
}
