extension Trajectory {
    /// The events at samples 0 … `sample`: what the map marks up to the playhead.
    func events(through sample: Int) -> ArraySlice<TrajectoryEvent> {
        events[..<eventCount(through: sample)]
    }

    /// The latest event at or before `sample`: what the side panel reports at the playhead.
    func latestEvent(atOrBefore sample: Int) -> TrajectoryEvent? {
        let count = eventCount(through: sample)
        return count > 0 ? events[count - 1] : nil
    }

    /// How many events fall at or before `sample` (binary search: a frame asks every run).
    private func eventCount(through sample: Int) -> Int {
        var low = 0, high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].sample <= sample { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
