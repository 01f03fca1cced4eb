// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Whether this machine's CPU has what the Haswell generation of x86-64 brought (AVX2, FMA,
/// BMI2 and the rest of x86-64-v3; Intel from 2013, AMD from 2015). Release builds on such a
/// machine compile descent's modules for it: SIMD4<Double> is then one register, not two, and
/// a map takes a quarter less CPU. IEEE arithmetic is the same on either: Swift fuses no
/// multiply and add, so every number and byte is too. A build on an older CPU compiles for
/// any x86-64; a copy of a Haswell build run on one says so and exits 69 (`CPUCheck`).
let buildsForHaswell: Bool = {
    #if arch(x86_64) && os(Linux)
    guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
        let flags = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return false }
    let present = Set(flags.split(separator: " "))
    // x86-64-v3's instruction sets as the kernel names them (`abm` is LZCNT), as `CPUCheck` asks for the level.
    let level = ["avx", "avx2", "fma", "bmi1", "bmi2", "abm", "movbe", "popcnt", "f16c", "xsave", "sse4_2", "ssse3", "cx16", "lahf_lm"]
    return level.allSatisfy { present.contains($0[...]) }
    #else
    return false
    #endif
}()

/// For every module of ours in a release build, when `buildsForHaswell`.
let haswell: [SwiftSetting] = buildsForHaswell ? [.unsafeFlags(["-target-cpu", "haswell"], .when(configuration: .release))] : []

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
        .target(name: "DescentCore", exclude: ["README.md"], swiftSettings: haswell),
        .target(
            name: "DescentScenario",
            dependencies: ["DescentCore", "Yams"],
            exclude: ["README.md"],
            swiftSettings: haswell,
            plugins: ["EmbedScenarios"]
        ),
        .target(
            name: "DescentExport", dependencies: ["DescentCore", "DescentPlot", "SignalChain", "FileExchange"],
            exclude: ["README.md"],
            swiftSettings: haswell),
        .target(name: "DescentPlot", dependencies: ["DescentCore"], exclude: ["README.md"], swiftSettings: haswell),
        .target(
            name: "DescentTUI", dependencies: ["DescentCore", "DescentScenario", "DescentPlot"], exclude: ["README.md"],
            swiftSettings: haswell),
        .systemLibrary(name: "CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "SignalChain"),
        .target(name: "FileExchange"),
        .target(name: "CursesShim", dependencies: ["CNCurses", "SignalChain"]),
        .target(
            name: "DescentTerminal", dependencies: ["DescentTUI", "CursesShim"], exclude: ["README.md"], swiftSettings: haswell),
        .target(
            name: "CPUCheck",
            cSettings: buildsForHaswell ? [.define("DESCENT_REQUIRES_HASWELL", .when(configuration: .release))] : []),
        .executableTarget(
            name: "descent",
            dependencies: [
                "DescentCore", "DescentScenario", "DescentExport", "DescentTUI", "DescentTerminal", "CPUCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"],
            // Everything linked in, the C library too: a launch then maps no shared library, binds
            // no symbol and relocates no pointer (a position-independent descent had 82,000
            // relocations to apply), which was most of a short command's time: `descent list`
            // 9.0 -> 4.9 ms of CPU. Compiled so as well, so that Foundation's modules name the
            // static libraries they need. The price is glibc's: a static program that looks up a
            // user, group or host name (NSS) loads the system's glibc modules for it, which must be
            // the version it was built with. descent looks up none.
            swiftSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))] + haswell,
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "descent-tui-bench", dependencies: ["DescentTUI", "DescentScenario", "CPUCheck"],
            path: "Sources/DescentTUIBenchmark", swiftSettings: haswell),
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
