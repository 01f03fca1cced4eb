import ArgumentParser
import DescentCore
import DescentExport
import DescentTUI

/// `descent render [SCENARIO] --size WxH [--step N] [--ansi | --svg PATH|- | --cast PATH]`: one
/// frame, a figure, or the whole run as an animation, no terminal needed.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one frame of the interactive view, or write the run as an animation, without a terminal.",
        discussion: """
            Plain text draws the landscape with shading characters; --ansi draws it as the \
            terminal does, with 256-colour escapes (--truecolor for 24-bit). --svg writes a \
            figure instead: the map, every run's path, a legend and the loss chart, as vector \
            graphics at --size pixels. --cast writes the run playing as an asciicast v2 \
            recording (default 10 s at 10 frames a second), in the same colours.
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            """
            Frame size in cells, e.g. 100x30 (each 1 ... \(Self.maximumSide); required); with --svg in pixels \
            (each \(SVGFigure.sides.lowerBound) ... \(SVGFigure.sides.upperBound); default \
            \(SVGFigure.defaultSize.width)x\(SVGFigure.defaultSize.height)).
            """, valueName: "WxH"))
    var size: String?

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

    @Option(help: ArgumentHelp("Write an SVG figure to <path> (- for standard output).", valueName: "path"))
    var svg: OutputTarget?

    @OptionGroup var animation: CastOptions

    func validate() throws {
        if truecolor && !ansi && animation.cast == nil { throw ValidationError("--truecolor goes with --ansi or --cast") }
        if svg != nil && ansi { throw ValidationError("--svg and --ansi are two pictures of the frame: choose one") }
        if ansi && animation.cast != nil { throw ValidationError("--cast writes an animation, --ansi one frame: give one of them") }
        if svg != nil && animation.cast != nil { throw ValidationError("--cast writes an animation, --svg a figure: give one of them") }
        if animation.cast != nil && step != nil { throw ValidationError("--cast plays every step; it takes no --step") }
        _ = try frameSize()
        let output = svg ?? animation.cast
        try scenario.refuseWriting(
            over: output ?? .standardOutput, named: svg != nil ? "--svg" : animation.cast != nil ? "--cast" : "standard output")
    }

    /// --size for the picture asked for: cells, required; or pixels for --svg, with a default.
    private func frameSize() throws -> SizeArgument {
        do {
            if svg != nil {
                let (width, height) = SVGFigure.defaultSize
                return try SizeArgument(parsing: size ?? "\(width)x\(height)", sides: SVGFigure.sides, example: "1200x800")
            }
            guard let size else { throw ValidationError("--size is required (e.g. --size 100x30), except with --svg") }
            return try SizeArgument(parsing: size, sides: 1...Self.maximumSide, example: "100x30")
        } catch let error as ValidationError where size != nil {
            throw ValidationError("--size \(size!): \(error.message)")
        }
    }

    func run() throws {
        let size = try frameSize()
        if let svg {
            let figure = SVGFigure.render(try scenario.load(), throughStep: step, width: size.width, height: size.height)
            return try CommandOutput.print(figure, to: svg)
        }
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
