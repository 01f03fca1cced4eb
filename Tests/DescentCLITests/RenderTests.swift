import Foundation
import Testing

/// `descent render`: one frame of the interactive view, no terminal needed.
@Suite("Render command")
struct RenderTests {
    @Test func plainFrameHasTheRequestedSize() throws {
        let r = try DescentProcess.run(["render", "rosenbrock", "--size", "100x30", "--step", "800"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.lines
        #expect(lines.count == 30)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 100 })
        #expect(lines.last?.contains("step 800/3000") == true)
        #expect(!r.stdoutText.contains("\u{1B}["), "plain text has no escapes")
        #expect(r.stdoutText.contains("★"), "the known minimum is marked")
    }

    @Test func ansiFrameCarriesColourEscapes() throws {
        let indexed = try DescentProcess.run(["render", "--size", "80x24", "--ansi"])
        #expect(indexed.status == 0)
        #expect(indexed.stdoutText.contains("\u{1B}[0;38;5;"))
        let truecolor = try DescentProcess.run(["render", "--size", "80x24", "--ansi", "--truecolor"])
        #expect(truecolor.stdoutText.contains(";48;2;"))
    }

    @Test func theSameFrameEveryTime() throws {
        let a = try DescentProcess.run(["render", "himmelblau-starts", "--size", "90x28", "--step", "50"])
        let b = try DescentProcess.run(["render", "himmelblau-starts", "--size", "90x28", "--step", "50"])
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.count > 1000)
    }

    @Test(arguments: [["--size", "100"], ["--size", "0x10"], ["--size", "axb"], ["--size", "80x24", "--step", "-1"], ["--size", "80x24", "--truecolor"], []])
    func badArgumentsExit64(arguments: [String]) throws {
        let r = try DescentProcess.run(["render"] + arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test func aMissingScenarioExits66() throws {
        let r = try DescentProcess.run(["render", "nowhere.yaml", "--size", "80x24"])
        #expect(r.status == 66)
    }
}
