import Foundation

/// The built `descent`: SwiftPM puts the executable target the tests depend on next to the
/// test bundle.
public enum DescentExecutable {
    public static var url: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("descent")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("descent executable not found next to \(here.path)")
    }
}
