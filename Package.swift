// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "descent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "DescentCore", exclude: ["README.md"]),
        .target(
            name: "DescentScenario",
            dependencies: ["DescentCore", "Yams"],
            exclude: ["README.md"],
            plugins: ["EmbedScenarios"]
        ),
        .target(name: "DescentExport", dependencies: ["DescentCore", "DescentPlot", "SignalChain"], exclude: ["README.md"]),
        .target(name: "DescentPlot", dependencies: ["DescentCore"], exclude: ["README.md"]),
        .target(name: "DescentTUI", dependencies: ["DescentCore", "DescentScenario", "DescentPlot"], exclude: ["README.md"]),
        .systemLibrary(name: "CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "SignalChain"),
        .target(name: "CursesShim", dependencies: ["CNCurses", "SignalChain"]),
        .target(name: "DescentTerminal", dependencies: ["DescentTUI", "CursesShim"], exclude: ["README.md"]),
        .executableTarget(
            name: "descent",
            dependencies: [
                "DescentCore", "DescentScenario", "DescentExport", "DescentTUI", "DescentTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"],
            // Swift's runtime and Foundation linked in: a launch then binds no symbols in a dozen
            // shared libraries, which was most of a short command's time. Compiled so as well, so
            // that Foundation's modules name the static libraries they need.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "descent-tui-bench", dependencies: ["DescentTUI", "DescentScenario"], path: "Sources/DescentTUIBenchmark"),
        .executableTarget(name: "EmbedScenariosTool"),
        .plugin(name: "EmbedScenarios", capability: .buildTool(), dependencies: ["EmbedScenariosTool"]),
        .target(name: "DescentTestSupport", dependencies: ["DescentCore"], path: "Tests/DescentTestSupport"),
        .testTarget(name: "DescentCoreTests", dependencies: ["DescentCore", "DescentTestSupport"]),
        .testTarget(name: "DescentScenarioTests", dependencies: ["DescentScenario", "DescentTestSupport"]),
        .testTarget(name: "DescentExportTests", dependencies: ["DescentExport", "DescentPlot", "DescentTestSupport"]),
        .testTarget(name: "DescentPlotTests", dependencies: ["DescentPlot"]),
        .testTarget(name: "DescentTUITests", dependencies: ["DescentTUI", "DescentTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "DescentTerminalTests", dependencies: ["descent", "DescentTestSupport"]),
        .testTarget(name: "DescentCLITests", dependencies: ["descent", "DescentTestSupport"]),
    ]
)
