import ArgumentParser

/// The root command; `Entry` runs it.
struct Descent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Watch SGD, momentum and Nesterov move across 2-D loss landscapes.",
        discussion: """
            SCENARIO is a path to a YAML scenario file or the name of a bundled scenario \
            (see `descent list scenarios`). Without one, descent opens the Rosenbrock scenario.

            Exit codes: 0 success (a diverged run is a result, not an error), 64 usage, \
            65 invalid scenario, 66 missing input, 69 a build for CPUs with AVX2 run on one \
            without, 73 output cannot be created, 74 I/O error while writing.
            """,
        subcommands: [Run.self, MapCommand.self, List.self, Render.self],
        defaultSubcommand: Run.self
    )
}
