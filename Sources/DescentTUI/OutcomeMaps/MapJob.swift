import DescentCore

/// A few cells of a map, run off the input thread through the core's one entry for callers
/// that schedule cells themselves.
struct MapJob: Sendable {
    let generation: Int
    let number: Int
    let spec: MapSpec
    let cells: [Int]

    func run() -> MapSlice {
        MapSlice(generation: generation, job: number, outcomes: spec.outcomes(ofCells: cells))
    }
}
