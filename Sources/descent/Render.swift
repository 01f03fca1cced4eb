import ArgumentParser
import DescentCore
import DescentTUI

/// `descent render [SCENARIO] --size WxH [--step N] [--ansi]`: one frame, no terminal needed.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one frame of the interactive view without a terminal.",
        discussion: """
            Plain text draws the landscape with shading characters; --ansi draws it as the \
            terminal does, with 256-colour escapes (--truecolor for 24-bit).
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Frame size in cells, e.g. 100x30 (each 1 ... \(Self.maximumSide)).", valueName: "WxH"),
        transform: { try SizeArgument(parsing: $0, sides: 1...Self.maximumSide, example: "100x30") })
    var size: SizeArgument

    static let maximumSide = 1000

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Show the runs up to this step (0 ... \(SimulationSpec.maximumSteps); default: the last).", valueName: "n"),
        transform: { try WholeNumber.parse($0, in: 0...SimulationSpec.maximumSteps) })
    var step: Int?

    @Flag(help: "Colour escapes (xterm 256 colours).")
    var ansi = false

    @Flag(help: "With --ansi: 24-bit colour escapes.")
    var truecolor = false

    func validate() throws {
        if truecolor && !ansi { throw ValidationError("--truecolor goes with --ansi") }
        try scenario.refuseWriting(over: .standardOutput, named: "standard output")
    }

    func run() throws {
        var app = DescentApp(spec: try scenario.load())
        app.seek(toStep: step ?? Int.max)
        app.updateFinishingWork(.resize(width: size.width, height: size.height))
        let colors: TerminalCapabilities.Colors = !ansi ? .monochrome : truecolor ? .truecolor : .indexed256
        let grid = app.view(
            width: size.width, height: size.height, capabilities: TerminalCapabilities(colors: colors, unicode: true))
        try CommandOutput.print(ansi ? FrameText.ansi(grid, colors: colors) : FrameText.plain(grid))
    }
}
