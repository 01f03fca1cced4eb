import DescentTestSupport
import Foundation
import Testing

/// The SVG figure as a browser shows it: headless Chromium takes a screenshot, and the test
/// reads its pixels back (`DecodedPNG`). Only skipped where Chromium is not installed; CI
/// installs it (.ci/run).
@Suite("SVG figure in a browser")
struct BrowserFigureTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium): the browser check is skipped"))
    func runColoursAlongEachPath() throws {
        let dir = try temporaryDirectory()
        let figure = dir.appendingPathComponent("himmelblau.svg"), shot = dir.appendingPathComponent("shot.png")
        let r = try DescentProcess.run(["render", "himmelblau-starts", "--svg", figure.path, "--size", "1000x700", "--step", "300"])
        #expect(r.status == 0, "\(r.stderr)")
        try screenshot(figure, to: shot, width: 1000, height: 700, profile: dir.appendingPathComponent("profile"))
        let png = try DecodedPNG(Array(try Data(contentsOf: shot)))
        #expect(png.width == 1000 && png.height == 700)

        // Not blank: a heatmap has many colours.
        var colours = Set<Int>()
        for y in stride(from: 0, to: png.height, by: 7) {
            for x in stride(from: 0, to: png.width, by: 7) {
                let p = png.pixel(x: x, y: y)
                colours.insert(p.red << 16 | p.green << 8 | p.blue)
            }
        }
        #expect(colours.count > 100, "\(colours.count) colours")

        // Each run's colour where its path goes: at points spread along it, within a pixel.
        let svg = try #require(SVGStructure(try String(contentsOf: figure, encoding: .utf8)))
        let paths = svg.elements(named: "polyline").prefix(4)
        #expect(paths.count == 4)
        for path in paths {
            let colour = try #require(path.attributes["stroke"].flatMap(Self.rgb))
            let points = SVGStructure.points(path)
            let probes = (1...15).map { points[$0 * (points.count - 1) / 16] }
            let hits = probes.filter { point in
                (-1...1).contains { dy in
                    (-1...1).contains { dx in
                        let x = Int(point.x.rounded()) + dx, y = Int(point.y.rounded()) + dy
                        guard x >= 0, y >= 0, x < png.width, y < png.height else { return false }
                        let p = png.pixel(x: x, y: y)
                        return abs(p.red - colour.0) + abs(p.green - colour.1) + abs(p.blue - colour.2) <= 40
                    }
                }
            }
            #expect(hits.count >= 12, "\(hits.count) of 15 points along the path in \(path.attributes["stroke"] ?? "")")
        }
    }

    private static func rgb(_ hex: String) -> (Int, Int, Int)? {
        guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        return (value >> 16, value >> 8 & 255, value & 255)
    }

    /// Chromium draws `figure` into a window of its size and saves it as a PNG, or the test fails
    /// after a deadline (a hang detector, not a speed assertion).
    private func screenshot(_ figure: URL, to shot: URL, width: Int, height: Int, profile: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments = [
            "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=\(profile.path)", "--screenshot=\(shot.path)", "--window-size=\(width),\(height)", figure.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("chromium took longer than 120 s")
        }
        process.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: shot.path), "chromium wrote no screenshot")
    }
}
