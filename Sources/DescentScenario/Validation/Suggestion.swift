import DescentCore

/// "did you mean …? valid: …" for a word that is not one of the valid ones.
enum Suggestion {
    /// Words people bring from other libraries, by the valid word they mean. A misspelling of
    /// a synonym suggests the valid word too (`lerning_rate` → `lr`).
    static let synonyms: [String: [String]] = [
        "lr": ["learning_rate", "eta"],
        "weight_decay": ["decay", "wd", "l2"],
        "momentum": ["mu", "beta"],
        "eps": ["epsilon"],
        "optimizer": ["optimiser", "method", "algorithm"],
        "steps": ["iterations", "iters", "n_steps", "num_steps", "epochs"],
        "runs": ["run", "optimizers"],
        "start": ["x0", "init", "initial", "start_point"],
        "landscape": ["function", "objective", "loss"],
    ]

    /// The valid word closest to `word` (counting its synonyms), if any is close enough.
    static func closest(to word: String, among valid: [String]) -> String? {
        Spelling.closest(to: word, among: valid, synonyms: synonyms)
    }

    /// `did you mean 'x'? valid: a, b, c` or just `valid: a, b, c`.
    static func phrase(for word: String, among valid: [String]) -> String {
        let list = "valid: " + valid.joined(separator: ", ")
        guard let best = closest(to: word, among: valid) else { return list }
        return "did you mean '\(best)'? \(list)"
    }
}
