import ArgumentParser
import DescentCore

/// Which share of a map's cells this process computes: `--shard I/N`, else a Slurm job
/// array's task, else a Kubernetes Indexed Job's completion index, else the whole map.
enum ShardChoice {
    /// `I/N`, 1-based.
    static func parse(_ text: String) throws -> MapShard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ValidationError("must be I/N, whole numbers with 1 ≤ I ≤ N, e.g. 1/4")
        }
        guard let shard = MapShard(index: index, count: count) else {
            throw ValidationError("must have 1 ≤ I ≤ N, e.g. 1/4 ... 4/4")
        }
        return shard
    }

    /// The shard the environment names, or the whole map; throws a message naming the variable.
    ///
    /// Slurm: shard `SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1` (MIN taken as 1 when unset)
    /// of `SLURM_ARRAY_TASK_COUNT`. Kubernetes: `JOB_COMPLETION_INDEX` (0-based) + 1 of `DESCENT_SHARDS`.
    static func fromEnvironment(_ environment: [String: String]) throws(ShardEnvironmentError) -> MapShard {
        func number(_ name: String) throws(ShardEnvironmentError) -> Int {
            guard let text = environment[name] else { throw ShardEnvironmentError("\(name) is not set") }
            guard let value = Int(text), (0...Int(Int32.max)).contains(value) else {
                throw ShardEnvironmentError("\(name)=\(text) is not a whole number from 0 to \(Int32.max)")
            }
            return value
        }
        let index: Int, count: Int, names: String
        if environment["SLURM_ARRAY_TASK_ID"] != nil {
            let minimum = environment["SLURM_ARRAY_TASK_MIN"] == nil ? 1 : try number("SLURM_ARRAY_TASK_MIN")
            index = try number("SLURM_ARRAY_TASK_ID") - minimum + 1
            count = try number("SLURM_ARRAY_TASK_COUNT")
            names = "SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 = \(index) of SLURM_ARRAY_TASK_COUNT = \(count)"
        } else if environment["JOB_COMPLETION_INDEX"] != nil {
            index = try number("JOB_COMPLETION_INDEX") + 1
            count = try number("DESCENT_SHARDS")
            names = "JOB_COMPLETION_INDEX + 1 = \(index) of DESCENT_SHARDS = \(count)"
        } else {
            return .all
        }
        guard let shard = MapShard(index: index, count: count) else {
            throw ShardEnvironmentError("shard \(names) is not one of 1 ... N with N ≥ 1")
        }
        return shard
    }
}

/// Why the environment names no shard.
struct ShardEnvironmentError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
