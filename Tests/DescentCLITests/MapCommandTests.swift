import DescentTestSupport
import Foundation
import Testing

/// `descent map` end to end: the CSV's header and numbers, every usage error, and shards,
/// merged by GNU parallel or picked by Slurm's and Kubernetes' variables.
@Suite("descent map")
struct MapCommandTests {
    static let header =
        "cell_x,cell_y,lr,momentum,x0,y0,final_x,final_y,final_loss,gap,steps_to_tol,evals_to_tol,status,basin,rate,predicted_rate"
    static let heavyBall = ["map", "ill-conditioned", "--run", "heavy-ball", "--over", "lr,momentum", "--grid", "6x4"]

    @Test func theCSVHasItsHeaderAndARowPerCellInContract3Numbers() throws {
        let r = try DescentProcess.run(Self.heavyBall + ["--csv", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.first == Substring(Self.header))
        let rows = r.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 24)
        #expect(rows.map { "\($0[0]),\($0[1])" } == (0..<4).flatMap { y in (0..<6).map { x in "\(x),\(y)" } })
        for row in rows {
            #expect(row.count == 16)
            for (column, field) in row.enumerated() where ![0, 1, 10, 11, 12, 13].contains(column) && !field.isEmpty {
                // The shortest spelling that reads back as the same Double.
                #expect(Double(field).map { "\($0)" } == String(field), "\(field) in column \(column)")
            }
            #expect(["converged", "ok", "diverged"].contains(row[12]))
            // The default axes: lr/100 ... lr·100 around α = 3.3057851239669422, μ 0 ... 0.99.
            #expect(row[4] == "-1.5" && row[5] == "1.5" && !row[15].isEmpty)
        }
        let lr = 3.3057851239669422, first = pow(10, log10(lr / 100) + 4 * 0.5 / 6)
        #expect(abs(Double(rows[0][2])! - first) <= 1e-14 * first)
        #expect(rows[0][3] == "0.12375")
        #expect(r.stderr.contains("24 cells") && r.stderr.contains("status  converged"))
        // A diverged cell has no basin and no rate; its gap is its loss (f* = 0).
        let diverged = try #require(rows.first { $0[12] == "diverged" })
        #expect(diverged[13] == "0" && diverged[14] == "" && diverged[9] == diverged[8])
    }

    @Test func aStartMapOfHimmelblauCountsItsFourBasins() throws {
        let r = try DescentProcess.run(["map", "himmelblau-starts", "--over", "start", "--grid", "8x8", "--steps", "3000", "--csv", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let basins = Set(r.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[13] })
        #expect(basins.isSuperset(of: ["1", "2", "3", "4"]), "\(basins)")
        #expect(r.stderr.contains("basin   1: "), "\(r.stderr)")
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        var environment: [String: String] = [:]
        /// What the message must name: what is wrong and what would be valid.
        let mentions: [String]
        var testDescription: String { (environment.map { "\($0)=\($1)" }.sorted() + arguments).joined(separator: " ") }
    }

    static let nesterov = ["--run", "nesterov"]
    static let badInputs: [BadInput] = [
        BadInput(arguments: ["--lr", "0.1:0.1"], mentions: ["--lr", "empty", "MIN must be below MAX"]),
        BadInput(arguments: ["--lr", "0.1:0.01"], mentions: ["--lr", "reversed"]),
        BadInput(arguments: ["--lr", "0:0.1"], mentions: ["--lr", "0 < MIN < MAX"]),
        BadInput(arguments: ["--lr", "-1:0.1"], mentions: ["--lr", "-1:0.1", "0 < MIN < MAX"]),
        BadInput(arguments: ["--lr", "fast"], mentions: ["--lr", "MIN:MAX"]),
        BadInput(arguments: ["--momentum", "0.5:1"], mentions: ["--momentum", "[0, 1)"]),
        BadInput(arguments: ["--momentum", "-0.1:0.5"], mentions: ["--momentum", "[0, 1)"]),
        BadInput(arguments: ["--momentum", "0.9:0.5"], mentions: ["--momentum", "reversed"]),
        BadInput(arguments: ["--grid", "0x32"], mentions: ["--grid", "1", "1024"]),
        BadInput(arguments: ["--grid", "64x1025"], mentions: ["--grid", "1", "1024"]),
        BadInput(arguments: ["--grid", "64"], mentions: ["--grid", "WxH"]),
        BadInput(arguments: ["--run", "adam"], mentions: ["--run", "adam", "sgd, momentum, nesterov"]),
        BadInput(arguments: ["--run", "sgd"], mentions: ["sgd", "no momentum", "momentum, nesterov", "--over start"]),
        BadInput(arguments: ["--shard", "0/4"], mentions: ["--shard", "1 ≤ I ≤ N"]),
        BadInput(arguments: ["--shard", "5/4"], mentions: ["--shard", "1 ≤ I ≤ N"]),
        BadInput(arguments: ["--shard", "a/b"], mentions: ["--shard", "I/N"]),
        BadInput(arguments: nesterov, environment: ["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "4"],
            mentions: ["SLURM_ARRAY_TASK_ID=x", "whole number", "--shard"]),
        BadInput(arguments: nesterov, environment: ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_COUNT": "4"],
            mentions: ["SLURM_ARRAY_TASK_COUNT = 4", "= 5"]),
        BadInput(arguments: nesterov, environment: ["SLURM_ARRAY_TASK_ID": "1"], mentions: ["SLURM_ARRAY_TASK_COUNT is not set"]),
        BadInput(arguments: nesterov, environment: ["JOB_COMPLETION_INDEX": "0"], mentions: ["DESCENT_SHARDS is not set"]),
        BadInput(arguments: nesterov, environment: ["JOB_COMPLETION_INDEX": "4", "DESCENT_SHARDS": "4"],
            mentions: ["JOB_COMPLETION_INDEX + 1 = 5", "DESCENT_SHARDS = 4"]),
        BadInput(arguments: nesterov, environment: ["JOB_COMPLETION_INDEX": "-1", "DESCENT_SHARDS": "4"],
            mentions: ["JOB_COMPLETION_INDEX=-1", "whole number"]),
    ]

    @Test(arguments: badInputs)
    func badInputExits64SayingWhatIsValidAndWritesNothing(_ bad: BadInput) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let r = try DescentProcess.run(
            ["map", "--over", "lr,momentum", "--csv", "map.csv"] + bad.arguments, in: directory,
            environment: bad.environment)
        #expect(r.status == 64, "\(r.stderr)")
        for word in bad.mentions { #expect(r.stderr.contains(word), "\(word) in \(r.stderr)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func aStartMapTakesNoParameterAxes() throws {
        let r = try DescentProcess.run(["map", "--over", "start", "--lr", "0.001:0.1"])
        #expect(r.status == 64 && r.stderr.contains("--lr and --momentum go with --over lr,momentum"), "\(r.stderr)")
        let over = try DescentProcess.run(["map", "--over", "lr"])
        #expect(over.status == 64 && over.stderr.contains("lr,momentum") && over.stderr.contains("start"), "\(over.stderr)")
    }

    static let rosenbrock = ["map", "rosenbrock", "--run", "nesterov", "--over", "lr,momentum", "--grid", "7x5", "--steps", "300"]

    /// Four shards through GNU parallel, merged as README says, are the unsharded map byte for byte.
    @Test func fourShardsRunByGNUParallelMergeIntoTheWholeMap() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-shards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = try DescentProcess.run(Self.rosenbrock + ["--csv", "-"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let arguments = Self.rosenbrock.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            parallel "$0" \(arguments) --shard {}/4 --csv map-{}.csv ::: 1 2 3 4 2>/dev/null &&
            head -n 1 map-1.csv && tail -q -n +2 map-*.csv | sort -t, -k2,2n -k1,1n
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, DescentExecutable.url.path]
        process.currentDirectoryURL = directory
        let merged = directory.appendingPathComponent("merged")
        FileManager.default.createFile(atPath: merged.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: merged)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for shard in 1...4 {
            let rows = try String(contentsOf: directory.appendingPathComponent("map-\(shard).csv"), encoding: .utf8)
            #expect(rows.hasPrefix(Self.header + "\n"))
        }
        #expect(try Data(contentsOf: merged) == whole.stdout)
    }

    /// Slurm's array task and Kubernetes' completion index pick the same cells as `--shard`.
    @Test(arguments: [
        ["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "5", "SLURM_ARRAY_TASK_COUNT": "4"],
        ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "4"],
        ["JOB_COMPLETION_INDEX": "2", "DESCENT_SHARDS": "4"],
    ])
    func jobRunnersVariablesPickTheShard(_ environment: [String: String]) throws {
        let chosen = try DescentProcess.run(Self.rosenbrock + ["--csv", "-"], environment: environment)
        let flagged = try DescentProcess.run(Self.rosenbrock + ["--csv", "-", "--shard", "3/4"])
        #expect(chosen.status == 0 && flagged.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout == flagged.stdout)
        #expect(chosen.stderr.contains("shard 3/4: 9"), "\(chosen.stderr)")
        // The flag wins over the environment.
        let both = try DescentProcess.run(Self.rosenbrock + ["--csv", "-", "--shard", "3/4"], environment: ["DESCENT_SHARDS": "2", "JOB_COMPLETION_INDEX": "0"])
        #expect(both.stdout == flagged.stdout)
    }

    /// The CSV is written while the cells run, and still appears whole or not at all: a file
    /// takes its place once every row is written, and a failure leaves nothing behind.
    @Test func aMapFileAppearsWholeAndAFailedOneLeavesNothing() throws {
        let dir = try temporaryDirectory(), path = dir.appendingPathComponent("map.csv").path
        let streamed = try DescentProcess.run(Self.rosenbrock + ["--csv", "-"])
        let written = try DescentProcess.run(Self.rosenbrock + ["--csv", path])
        #expect(written.status == 0 && written.stderr == streamed.stderr, "\(written.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == streamed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["map.csv"], "no temporary file left")

        let missing = dir.appendingPathComponent("missing/map.csv").path
        let uncreated = try DescentProcess.run(Self.rosenbrock + ["--csv", missing])
        #expect(uncreated.status == 73 && uncreated.stderr == "descent: cannot create \(missing): No such file or directory\n")
        let full = try DescentProcess.run(Self.rosenbrock + ["--csv", "/dev/full"])
        #expect(full.status == 74 && full.stderr == "descent: cannot write /dev/full: No space left on device\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["map.csv"])
    }

    @Test func aClosedPipeEndsAMapQuietly() throws {
        let (line, r) = try DescentProcess.runReadingFirstLine(
            ["map", "rosenbrock", "--run", "nesterov", "--over", "lr,momentum", "--grid", "64x32", "--steps", "100", "--csv", "-"])
        #expect(line == Self.header)
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
    }
}
