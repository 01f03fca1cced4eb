/// Every use of a scenario's seed draws from its own stream, assigned here and nowhere else:
/// gradient noise takes stream = run index, random starts take streams from 2³² on, so adding
/// a random start changes no run's noise.
enum RandomStreams {
    static let firstStart: UInt64 = 1 << 32

    static func noise(of run: Int, seed: UInt64) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed, stream: UInt64(run))
    }

    static func start(_ stream: UInt64, seed: UInt64) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed, stream: stream)
    }
}

extension StartPoint {
    /// Scenario-level `start: random`: one point shared by every run without its own start.
    public static let sharedRandom = StartPoint.random(stream: RandomStreams.firstStart)

    /// Run-level `start: random`: a point of the run's own.
    public static func ownRandom(run index: Int) -> StartPoint {
        .random(stream: RandomStreams.firstStart + 1 + UInt64(index))
    }
}
