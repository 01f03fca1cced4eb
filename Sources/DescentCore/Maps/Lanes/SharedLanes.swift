/// Whether a batch of cells can go in SIMD lanes: a fact of its types.
enum SharedLanes {
    /// How a batch of cells of this type runs in SIMD lanes, when their landscape and
    /// optimizer are written for lanes and their lr is constant on the exact gradient; else nil.
    /// Asked once per map, as the answer is the same for every batch.
    static func batchRunner<P: Landscape, Q: Optimizer, I: StepInputs>(
        for _: CellRun<P, Q, I>.Type
    ) -> (@Sendable (inout [CellRun<P, Q, I>]) -> [CellEnd])? {
        guard let landscape = P.self as? any LaneLandscape.Type, let optimizer = Q.self as? any LaneOptimizer.Type,
            I.self == ExactInputs.self
        else { return nil }
        return batchRunner(landscape, optimizer)
    }

    private static func batchRunner<P, Q, I, LL: LaneLandscape, LO: LaneOptimizer>(
        _: LL.Type, _: LO.Type
    ) -> @Sendable (inout [CellRun<P, Q, I>]) -> [CellEnd] {
        // The casts above found the types equal: the batch's own array is seen as one of the
        // lanes' type, in place, with no copy.
        { runs in
            withUnsafeMutablePointer(to: &runs) {
                $0.withMemoryRebound(to: [CellRun<LL, LO, ExactInputs>].self, capacity: 1) {
                    SIMDCellLanes<LL, LO>.run(&$0.pointee)
                }
            }
        }
    }
}
