/// How far a mistyped word is from the words that were valid there, so an error can say
/// "did you mean …?". Scenario keys and expression names share the one rule.
public enum Spelling {
    /// Beyond this many edits a suggestion is more confusing than helpful.
    static func maximumDistance(for word: String) -> Int { max(2, word.count / 3) }

    /// The valid word closest to `word`, if any is close enough. `synonyms` lists words people
    /// bring from elsewhere by the valid word they mean; they count as spellings of it.
    public static func closest(
        to word: String, among valid: [String], synonyms: [String: [String]] = [:]
    ) -> String? {
        // Long inputs are not typos of short words, and would make the distance costly.
        guard word.count <= 64 else { return nil }
        let lowered = Array(word.lowercased())
        let scored = valid.map { candidate in
            let spellings = [candidate] + (synonyms[candidate] ?? [])
            return (candidate, spellings.map { distance(lowered, Array($0)) }.min() ?? .max)
        }
        // Replacing every letter is no typo: `z` does not suggest `x`.
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= maximumDistance(for: word), best.1 < word.count
        else { return nil }
        return best.0
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous) = (previous, current)
        }
        return previous[b.count]
    }
}
