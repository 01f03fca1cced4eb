import ArgumentParser
import DescentCore
import DescentExport
import Foundation

/// `descent map [SCENARIO] --over lr,momentum|start ...`: one run over a grid of cells, a CSV
/// row per cell and counts on standard error.
struct MapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Run one run of a scenario over a grid of (lr, momentum) or of starts.",
        discussion: """
            Each cell runs the chosen run with every other setting kept (optimizer, schedule or \
            controller, noise and its seed, weight decay, restart) and stands for its centre: on \
            an axis of n cells over MIN:MAX, cell i sits at fraction (i + 1/2)/n, on a log scale \
            for lr. --over start covers the scenario's view box.

            Shards: --shard I/N computes cells i with i mod N = I - 1 (i = cell_y * W + cell_x). \
            Without it, a Slurm array task is shard SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN + 1 \
            (MIN 1 when unset) of SLURM_ARRAY_TASK_COUNT, and a Kubernetes Indexed Job's pod is \
            shard JOB_COMPLETION_INDEX + 1 of DESCENT_SHARDS. Every shard writes the header; the \
            rows of all shards sorted by cell_y, then cell_x are the whole map's rows.
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The label of the run to map (default: the scenario's first run).", valueName: "label"))
    var run: String?

    @Option(help: ArgumentHelp("What the cells vary: lr and momentum, or the start point.", valueName: "axes"))
    var over: MapAxesChoice

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --over lr,momentum: the lr axis, log scale, 0 < MIN < MAX (default: the run's lr/100 to lr*100).", valueName: "min:max"),
        transform: { try AxisRange.parse($0, within: .ulpOfOne..<Double.infinity, validText: "0 < MIN < MAX, e.g. 0.0001:0.1") })
    var lr: ClosedRange<Double>?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --over lr,momentum: the momentum axis, 0 <= MIN < MAX < 1 (default: the optimizer's lowest momentum, 0 or 0.05, to 0.99).", valueName: "min:max"),
        transform: { try AxisRange.parse($0, within: 0..<1, validText: "[0, 1), e.g. 0:0.99") })
    var momentum: ClosedRange<Double>?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Cells across and up, e.g. 64x32 (each 1 ... \(MapGrid.maximumSide)).", valueName: "WxH"),
        transform: { try SizeArgument(parsing: $0, sides: 1...MapGrid.maximumSide, example: "64x32") })
    var grid = try! SizeArgument(parsing: "64x32", sides: 1...MapGrid.maximumSide, example: "64x32")

    @OptionGroup var simulation: SimulationOptions

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Write the map's CSV to PATH, or to standard output with '-'.", valueName: "path"))
    var csv: OutputTarget?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Compute only shard I of N (1-based), e.g. 2/4.", valueName: "I/N"),
        transform: ShardChoice.parse)
    var shard: MapShard?

    func validate() throws {
        if over == .start && (lr != nil || momentum != nil) {
            throw ValidationError("--lr and --momentum go with --over lr,momentum, not --over start")
        }
        if let csv { try scenario.refuseWriting(over: csv, named: "--csv") }
    }

    func run() async throws {
        let spec = simulation.applied(to: try scenario.load())
        let index = try runIndex(in: spec)
        let map = MapSpec(
            simulation: spec, run: index, axes: try axes(for: spec.runs[index], in: spec),
            grid: MapGrid(width: grid.width, height: grid.height), shard: try chosenShard())
        if csv != nil { signal(SIGPIPE, SIG_IGN) }
        var summary = MapSummary()
        do throws(OutputError) {
            // Opened before any cell runs: a path that cannot be created fails at once, and each
            // chunk's rows are written as the chunk comes back in order.
            let writer = try csv.map { (target) throws(OutputError) in try MapCSV.Writer(to: target) }
            let formatsRows = writer != nil
            try await map.outcomes(
                inChunks: { (summary: MapSummary($0), rows: formatsRows ? MapCSV.rows($0) : nil) },
                inOrder: { (chunk) throws(OutputError) in
                    summary.add(chunk.summary)
                    if let rows = chunk.rows { try writer?.write(rows) }
                })
            try writer?.finish()
        } catch {
            try error.endCommand()
        }
        StandardError.print(summary.render(of: map))
    }

    /// `--run`'s index, or the first run's.
    private func runIndex(in spec: SimulationSpec) throws -> Int {
        guard let run else { return 0 }
        guard let index = spec.runs.firstIndex(where: { $0.label == run }) else {
            let labels = spec.runs.map { DisplayText.clean($0.label) }.joined(separator: ", ")
            try StandardError.fail("--run \(DisplayText.clean(run)): no such run; the runs are \(labels)", ExitStatus.usage)
        }
        return index
    }

    private func axes(for run: RunSpec, in spec: SimulationSpec) throws -> MapAxes {
        switch over {
        case .start:
            return .starts(spec.view)
        case .parameters:
            guard run.optimizer.momentum != nil else {
                let withMomentum = OptimizerCatalog.names { $0.momentum != nil }.joined(separator: ", ")
                try StandardError.fail(
                    "--over lr,momentum: run \(DisplayText.clean(run.label)) uses \(run.optimizer.name), which has no momentum; "
                        + "map a run of \(withMomentum), or use --over start", ExitStatus.usage)
            }
            return .parameters(around: run, lr: lr, momentum: momentum)
        }
    }

    private func chosenShard() throws -> MapShard {
        if let shard { return shard }
        do throws(ShardEnvironmentError) {
            return try ShardChoice.fromEnvironment(ProcessInfo.processInfo.environment)
        } catch {
            try StandardError.fail("no shard: \(error.message); set valid values or pass --shard I/N", ExitStatus.usage)
        }
    }
}
