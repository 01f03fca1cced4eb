/// How much of each path the map draws (`f` cycles it): all of it, or only the latest steps,
/// the older half of them faded, so that a noisy run or a zigzag stops burying the others
/// and the map shows where each run is heading now.
enum Trail: Equatable, CaseIterable {
    case whole
    case last1000
    case last100

    /// Steps drawn behind the playhead; nil for the whole path.
    var steps: Int? {
        switch self {
        case .whole: nil
        case .last1000: 1000
        case .last100: 100
        }
    }

    var next: Trail {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
