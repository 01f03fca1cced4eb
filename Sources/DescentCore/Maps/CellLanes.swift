/// Runs a batch of cells on the calling thread, a few at a time in turn, one step each per
/// turn. One run's steps form a chain, each waiting on the last, so one run alone leaves most
/// of a core idle; the steps of independent runs fill it, as SIMD lanes would, while each run
/// does exactly the operations it does alone. A lane whose run ends takes the next cell.
enum CellLanes {
    /// Runs side by side: enough to fill the core's pipelines, few enough to stay in its L1 cache.
    static let width = 4

    /// How each of `runs` ended, in their order. The runs step in place, in the batch's own
    /// storage: a copy would share each run's fits, and copy them again on their first point.
    static func run<L, O, I>(_ runs: inout [CellRun<L, O, I>]) -> [CellEnd] {
        var ends = [CellEnd?](repeating: nil, count: runs.count)
        var lanes = Array(runs.indices.prefix(width))
        var next = lanes.count
        runs.withUnsafeMutableBufferPointer { runs in
            var count = lanes.count
            while count > 0 {
                var lane = 0
                while lane < count {
                    guard let end = runs[lanes[lane]].step() else {
                        lane += 1
                        continue
                    }
                    ends[lanes[lane]] = end
                    if next < runs.count {
                        lanes[lane] = next
                        next += 1
                    } else {
                        count -= 1
                        lanes.swapAt(lane, count)
                    }
                }
            }
        }
        return ends.map { $0! }
    }
}
