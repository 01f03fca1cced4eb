import ArgumentParser
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

    @Option(help: ArgumentHelp("Frame size in cells, e.g. 100x30.", valueName: "WxH"))
    var size: FrameSize

    @Option(help: ArgumentHelp("Show the runs up to this step (default: the last).", valueName: "n"))
    var step: Int?

    @Flag(help: "Colour escapes (xterm 256 colours).")
    var ansi = false

    @Flag(help: "With --ansi: 24-bit colour escapes.")
    var truecolor = false

    func validate() throws {
        if let step, step < 0 { throw ValidationError("--step must be 0 or more, got \(step)") }
        if truecolor && !ansi { throw ValidationError("--truecolor goes with --ansi") }
    }

    func run() throws {
        var app = DescentApp(spec: try scenario.load())
        app.seek(toStep: step ?? Int.max)
        _ = app.update(.resize(width: size.width, height: size.height))
        let colors: TerminalCapabilities.Colors = !ansi ? .monochrome : truecolor ? .truecolor : .indexed256
        let grid = app.view(
            width: size.width, height: size.height, capabilities: TerminalCapabilities(colors: colors, unicode: true))
        print(ansi ? FrameText.ansi(grid, colors: colors) : FrameText.plain(grid), terminator: "")
    }
}

/// `WxH`, e.g. `100x30`.
struct FrameSize: ExpressibleByArgument {
    let width: Int
    let height: Int

    static let maximum = 1000

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...Self.maximum).contains(width), (1...Self.maximum).contains(height)
        else { return nil }
        self.width = width
        self.height = height
    }
}
