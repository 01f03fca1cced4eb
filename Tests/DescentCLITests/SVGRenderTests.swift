import DescentTestSupport
import Foundation
import Testing

/// `descent render --svg`: a figure written whole, in the browser as in the file.
@Suite("Render to SVG")
struct SVGRenderTests {
    /// Rosenbrock's three runs at step 500: three paths of 501 points on the map (then three
    /// loss lines), 1200 × 800 pixels by default.
    @Test func figureFileHasEveryRunAtEverySample() throws {
        let path = try temporaryDirectory().appendingPathComponent("figure.svg").path
        let r = try DescentProcess.run(["render", "rosenbrock", "--svg", path, "--step", "500"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let svg = try #require(SVGStructure(try String(contentsOfFile: path, encoding: .utf8)))
        #expect(svg.root.attributes["width"] == "1200" && svg.root.attributes["height"] == "800")
        #expect(svg.root.attributes["viewBox"] == "0 0 1200 800")
        let paths = svg.elements(named: "polyline")
        #expect(paths.count == 6)
        #expect(paths.prefix(3).allSatisfy { SVGStructure.points($0).count == 501 })
        for label in ["sgd", "momentum", "nesterov"] {
            #expect(svg.texts.contains { $0.hasPrefix(label) }, "the legend names \(label)")
        }
    }

    /// The README's figure is what descent draws. When the figure changes on purpose, write it
    /// again with `descent render rosenbrock --svg docs/descent-rosenbrock.svg` and look at it.
    @Test func theREADMEFigureIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let committed = try Data(contentsOf: root.appendingPathComponent("docs/descent-rosenbrock.svg"))
        let r = try DescentProcess.run(["render", "rosenbrock", "--svg", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == committed, "docs/descent-rosenbrock.svg is not what descent draws now")
    }

    @Test func standardOutputAndSizeInPixels() throws {
        let a = try DescentProcess.run(["render", "himmelblau-starts", "--svg", "-", "--size", "640x400", "--step", "40"])
        #expect(a.status == 0, "\(a.stderr)")
        let svg = try #require(SVGStructure(a.stdoutText))
        #expect(svg.root.attributes["viewBox"] == "0 0 640 400")
        let b = try DescentProcess.run(["render", "himmelblau-starts", "--svg", "-", "--size", "640x400", "--step", "40"])
        #expect(a.stdout == b.stdout, "the same scenario gives the same bytes")
    }

    @Test(arguments: [
        (["--svg", "-", "--ansi"], ["--svg", "--ansi"]),
        (["--svg", "-", "--size", "100x100"], ["--size", "100x100", "320", "8000"]),
        (["--svg", "-", "--size", "9000x800"], ["--size", "320", "8000"]),
    ])
    func usageErrors(arguments: [String], mentions: [String]) throws {
        let r = try DescentProcess.run(["render"] + arguments)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        for word in mentions { #expect(r.stderr.contains(word), "\(r.stderr)") }
    }

    @Test func anOutputThatCannotBeCreated() throws {
        let path = try temporaryDirectory().appendingPathComponent("no/such/dir/figure.svg").path
        let r = try DescentProcess.run(["render", "--svg", path])
        #expect(r.status == 73)
        #expect(r.stderr.contains(path))
    }

    @Test func aFullDeviceIsAnIOError() throws {
        let r = try DescentProcess.run(["render", "--svg", "/dev/full"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("/dev/full"), "\(r.stderr)")
    }

    @Test func helpSaysWhatSizeMeansForEach() throws {
        let r = try DescentProcess.run(["render", "--help"])
        #expect(r.stdoutText.contains("--svg"))
        #expect(r.stdoutText.contains("pixels"))
        #expect(r.stdoutText.contains("cells"))
    }
}
