import Foundation
import PackagePlugin

/// Compiles the package's `scenarios/*.yaml` into the target as Swift string literals, so a
/// bundled scenario is reachable by name from any working directory.
@main
struct EmbedScenarios: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "scenarios")
        let inputs = try FileManager.default
            .contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledScenarioTexts.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) scenarios",
                executable: try context.tool(named: "EmbedScenariosTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
