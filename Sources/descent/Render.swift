import ArgumentParser
import DescentCore
import DescentTUI

/// `descent render [SCENARIO] --size WxH [--step N] [--ansi | --cast PATH]`: one frame, or the
/// whole run as an animation, no terminal needed.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one frame of the interactive view, or write the run as an animation, without a terminal.",
        discussion: """
            Plain text draws the landscape with shading characters; --ansi draws it as the \
            terminal does, with 256-colour escapes (--truecolor for 24-bit). --cast writes the \
            run playing as an asciicast v2 recording (default 10 s at 10 frames a second), in \
            the same colours.
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

    @Flag(help: "With --ansi or --cast: 24-bit colour escapes.")
    var truecolor = false

    @OptionGroup var animation: CastOptions

    func validate() throws {
        if truecolor && !ansi && animation.cast == nil { throw ValidationError("--truecolor goes with --ansi or --cast") }
        if ansi && animation.cast != nil { throw ValidationError("--cast writes an animation, --ansi one frame: give one of them") }
        if animation.cast != nil && step != nil { throw ValidationError("--cast plays every step; it takes no --step") }
        try scenario.refuseWriting(over: animation.cast ?? .standardOutput, named: animation.cast == nil ? "standard output" : "--cast")
    }

    func run() throws {
        var app = DescentApp(spec: try scenario.load())
        app.seek(toStep: step ?? Int.max)
        app.updateFinishingWork(.resize(width: size.width, height: size.height))
        let colors: TerminalCapabilities.Colors = !ansi && animation.cast == nil ? .monochrome : truecolor ? .truecolor : .indexed256
        let capabilities = TerminalCapabilities(colors: colors, unicode: true)
        guard animation.cast == nil else { return try animation.write(app, width: size.width, height: size.height, capabilities: capabilities) }
        let grid = app.view(width: size.width, height: size.height, capabilities: capabilities)
        try CommandOutput.print(ansi ? FrameText.ansi(grid, colors: colors) : FrameText.plain(grid))
    }
}
