import Foundation
import Testing

@testable import DescentTUI

/// Golden frames: a frame's plain text and colour layer, compared with the files in Golden/,
/// or written there when `DESCENT_UPDATE_GOLDEN=1` (review the diff like code).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["DESCENT_UPDATE_GOLDEN"] == "1" }

    static func check(_ name: String, _ grid: CellGrid, sourceLocation: SourceLocation = #_sourceLocation) {
        compare("\(name).txt", FrameText.plain(grid), sourceLocation)
        compare("\(name).colors.txt", FrameText.colorLayer(grid), sourceLocation)
    }

    private static func compare(_ file: String, _ actual: String, _ sourceLocation: SourceLocation) {
        let url = directory.appendingPathComponent(file)
        if updating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(file); create it with DESCENT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "\(file) differs from the frame (DESCENT_UPDATE_GOLDEN=1 rewrites it):\n\(difference(expected, actual))",
                sourceLocation: sourceLocation)
        }
    }

    /// The first differing lines, numbered, expected above actual.
    static func difference(_ expected: String, _ actual: String, limit: Int = 8) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for i in 0..<max(old.count, new.count) where report.count < limit * 3 {
            let a = i < old.count ? String(old[i]) : "<none>", b = i < new.count ? String(new[i]) : "<none>"
            if a != b { report += ["line \(i + 1):", "- \(a)", "+ \(b)"] }
        }
        return report.joined(separator: "\n")
    }
}
