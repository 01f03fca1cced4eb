@testable import DescentCore
@testable import DescentExport
import DescentScenario
import DescentTestSupport
import Foundation
import Testing

@testable import DescentTUI
@testable import descent

/// `w` and `W` in the view: the runs, every edit applied, saved as a scenario (and its CSV)
/// that headless mode turns into the same bytes as the view's runs.
@Suite struct SavingTests {
    /// 2026-11-26 05:15:00 in the test's local time zone, whatever it is.
    private static let moment: time_t = {
        var parts = tm()
        parts.tm_year = 2026 - 1900
        parts.tm_mon = 10
        parts.tm_mday = 26
        parts.tm_hour = 5
        parts.tm_min = 15
        parts.tm_isdst = -1
        return mktime(&parts)
    }()

    private static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func app(
        _ scenario: String, savingIn directory: String, changing change: (inout SimulationSpec) -> Void = { _ in }
    ) -> DescentApp {
        let saver = WorkingDirectorySaver(files: SavedRunFiles(directory: directory), clock: { moment })
        var spec = try! ScenarioSource.bundled(name: scenario).load()
        change(&spec)
        var app = DescentApp(spec: spec, saver: saver)
        app.updateFinishingWork(.resize(width: 100, height: 30))
        return app
    }

    /// The CSV headless mode writes for `spec`.
    private static func csv(of spec: SimulationSpec, in directory: URL) async throws -> Data {
        let path = directory.appendingPathComponent("headless-\(UUID().uuidString).csv").path
        let writer = try CSVWriter(to: .file(path: path))
        _ = try await Simulator(spec: spec).runConcurrently(into: writer)
        try writer.finish()
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private static func press(_ keys: String, _ app: inout DescentApp) {
        for key in keys { app.updateFinishingWork(.key(.character(key))) }
    }

    /// Edits of every kind the view makes, each from a bundled scenario.
    static let edits: [(scenario: String, edit: @Sendable (inout DescentApp) -> Void)] = [
        ("rosenbrock", { press("EEe", &$0) }),
        ("rosenbrock", { press("2MMM3m", &$0) }),
        ("rosenbrock", { press("oo2ooo", &$0) }),
        ("schedules", { press("s2ssss", &$0) }),
        ("rosenbrock", { press(String(repeating: "s", count: 14) + "2" + String(repeating: "s", count: 16), &$0) }),
        ("saddle-noise", { press("n2n", &$0) }),
        ("ill-conditioned", { press("2a3aa", &$0) }),
        ("adam-vs-nesterov", { app in
            let plot = app.layout.plot
            app.updateFinishingWork(.mouse(MouseEvent(.press, x: plot.x + plot.width / 3, y: plot.y + plot.height / 4)))
        }),
        ("custom-function", { press("E3s", &$0) }),
        ("rosenbrock", { app in
            press(":(1 - x)^2 + 3*(y - x^2)^2 + sin(x*pi)/4", &app)
            app.updateFinishingWork(.key(.enter))
            #expect(!app.promptOpen)
            press("E", &app)
        }),
        ("himmelblau-starts", { press("tt", &$0) }),
        ("bold-driver", { press("TTT2o", &$0) }),
        ("rosenbrock", { press("hhk++", &$0) }),
        ("himmelblau-starts", { press("hhk++", &$0) }),
    ]

    @Test(arguments: edits.indices)
    func theSavedScenarioGivesTheViewsBytes(index: Int) async throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var app = Self.app(Self.edits[index].scenario, savingIn: directory.path)
        Self.edits[index].edit(&app)
        let stem = directory.path + "/" + SavedRunFiles.stem(at: Self.moment)
        app.updateFinishingWork(.key(.character("W")))
        #expect(app.notice?.text == "saved \(stem).yaml and .csv")

        let text = try String(contentsOfFile: stem + ".yaml", encoding: .utf8)
        #expect(text.hasPrefix("# The runs of the scenario '\(app.scenario.name)'"))
        let reloaded = try SimulationSpec(parsing: text, file: stem + ".yaml")
        #expect(reloaded.view == app.savedRuns.view)
        let viewBytes = try await Self.csv(of: app.simulationSpec, in: directory)
        #expect(try await Self.csv(of: reloaded, in: directory) == viewBytes)
        #expect(try Data(contentsOf: URL(fileURLWithPath: stem + ".csv")) == viewBytes)
    }

    /// The view panned and zoomed is saved where nothing drawn or searched in it changes.
    @Test func theViewIsSavedUnlessRunsDrawInIt() {
        var app = Self.app("rosenbrock", savingIn: "/nonexistent")
        Self.press("l-", &app)
        #expect(app.savedRuns.view == app.viewBox && app.viewBox != app.scenario.view)
        app = Self.app("rosenbrock", savingIn: "/nonexistent") { $0.runs[1].start = .ownRandom(run: 1) }
        Self.press("l-", &app)
        #expect(app.savedRuns.view == app.scenario.view && app.viewBox != app.scenario.view)
        app = Self.app("rosenbrock", savingIn: "/nonexistent") {
            $0.landscape = .expression(try! Expression("x^2 + y^2")).findingMinima(in: $0.view)
        }
        Self.press("l-", &app)
        #expect(app.savedRuns.view == app.scenario.view && app.viewBox != app.scenario.view)
    }

    @Test func theExecutableReadsTheSavedFileToTheSameBytes() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var app = Self.app("custom-function", savingIn: directory.path)
        Self.press("E2o4sn", &app)
        app.updateFinishingWork(.key(.character("W")))
        let stem = SavedRunFiles.stem(at: Self.moment)
        let result = try DescentProcess.run([stem + ".yaml", "--headless", "--csv", "-"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Data(contentsOf: directory.appendingPathComponent(stem + ".csv"))))
        #expect(result.stdout.count > 1000)
    }

    @Test func namesFollowTheTimeAndNeverReplaceAFile() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(SavedRunFiles.stem(at: Self.moment) == "descent-20261126-051500")
        let stem = directory.path + "/descent-20261126-051500"
        try "mine".write(toFile: stem + "-2.csv", atomically: false, encoding: .utf8)
        var app = Self.app("rosenbrock", savingIn: directory.path)
        Self.press("w", &app)
        #expect(app.notice?.text == "saved \(stem).yaml")
        Self.press("w", &app)
        #expect(app.notice?.text == "saved \(stem)-2.yaml", "a CSV alone does not take the name from w")
        Self.press("W", &app)
        #expect(app.notice?.text == "saved \(stem)-3.yaml and .csv", "-2 has a CSV")
        #expect(try String(contentsOfFile: stem + "-2.csv", encoding: .utf8) == "mine")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == [
            "descent-20261126-051500-2.csv", "descent-20261126-051500-2.yaml", "descent-20261126-051500-3.csv",
            "descent-20261126-051500-3.yaml", "descent-20261126-051500.yaml",
        ], "no temporary file left")
    }

    /// Root writes into a directory chmod 0555, so the directory here is a regular file: every
    /// path under it fails with ENOTDIR, for root too.
    @Test func aFailureShowsInTheStatusLineAndLeavesNothing() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let notADirectory = directory.appendingPathComponent("file")
        try "x".write(to: notADirectory, atomically: false, encoding: .utf8)
        var app = Self.app("rosenbrock", savingIn: notADirectory.path)
        Self.press("E", &app)
        let runs = app.runs.map(\.spec), history = app.history.undoable.count
        Self.press("W", &app)
        let notice = try #require(app.notice?.text)
        #expect(notice == "cannot save: cannot create \(notADirectory.path)/descent-20261126-051500.yaml: Not a directory")
        #expect(app.runs.map(\.spec) == runs && app.history.undoable.count == history, "the view's state untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["file"])
        #expect(FrameText.plain(app.view(width: 100, height: 30, capabilities: .full)).contains("cannot save: cannot create"))
    }

    @Test func withoutASaverTheKeysSaySo() {
        var app = DescentApp(spec: try! ScenarioSource.bundled(name: "rosenbrock").load())
        app.updateFinishingWork(.resize(width: 100, height: 30))
        #expect(app.updateFinishingWork(.key(.character("w"))).isNone)
        #expect(app.notice?.text.hasPrefix("nothing is saved here") == true)
    }
}
