/// Labels for runs that have none: the optimizer's name, then `name-2`, `name-3`, … for
/// the next runs of the same optimizer, skipping any label a run took explicitly.
enum RunLabels {
    static func unique(explicit: [String?], optimizers: [String]) -> [String] {
        var taken = Set(explicit.compactMap { $0 })
        return zip(explicit, optimizers).map { label, optimizer in
            if let label { return label }
            var candidate = optimizer
            var number = 1
            while taken.contains(candidate) {
                number += 1
                candidate = "\(optimizer)-\(number)"
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
