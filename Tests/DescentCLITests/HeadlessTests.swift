import Foundation
import Testing

/// The built executable end to end: DESIGN.md contracts 1 and 3.
@Suite("Headless command line")
struct HeadlessTests {
    static let header = "run,optimizer,step,x,y,loss,grad_x,grad_y,lr,status,event,evals"

    @Test func rosenbrockPrintsTheContractCSV() throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", "-", "--steps", "100"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.lines
        #expect(lines.first == Substring(Self.header))
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 12 })
        let runs = Set(rows.map { $0[0] })
        #expect(rows.count == runs.count * 101)
        // Each run starts at step 0 from the scenario's start and has unique steps.
        for run in runs {
            let steps = rows.filter { $0[0] == run }.map { Int($0[2])! }
            #expect(steps == Array(0...100))
        }
        #expect(rows.allSatisfy { ["ok", "converged", "diverged"].contains($0[9]) })
        // Plain gradient methods spend one gradient evaluation per point reached.
        #expect(rows.allSatisfy { $0[10].isEmpty && Int($0[11]) == Int($0[2])! + 1 })
        #expect(r.stderr.contains("final loss"), "the summary table goes to stderr: \(r.stderr)")
    }

    @Test func numbersReadBackAndGradientsAreTheLandscapes() throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", "-", "--steps", "5"])
        for line in r.lines.dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            let x = try #require(Double(f[3])), y = try #require(Double(f[4]))
            let loss = try #require(Double(f[5])), gx = try #require(Double(f[6])), gy = try #require(Double(f[7]))
            let v = y - x * x
            #expect(loss == (1 - x) * (1 - x) + 100 * v * v)
            #expect(gx == -2 * (1 - x) - 400 * x * v)
            #expect(gy == 200 * v)
            #expect(String(Double(f[3])!) == f[3], "shortest round-trip form")
        }
    }

    @Test func everyKeepsMultiplesAndTheLastStep() throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", "-", "--steps", "250", "--every", "100"])
        #expect(r.status == 0)
        let rows = r.lines.dropFirst().map { $0.split(separator: ",") }
        let first = rows[0][0]
        #expect(rows.filter { $0[0] == first }.map { Int($0[2])! } == [0, 100, 200, 250])
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let args = ["saddle-noise", "--headless", "--csv", "-", "--steps", "300"]
        let a = try DescentProcess.run(args + ["--seed", "1"])
        let b = try DescentProcess.run(args + ["--seed", "1"])
        let c = try DescentProcess.run(args + ["--seed", "2"])
        #expect(a.status == 0 && c.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        #expect(a.stdout.count > 1000)
    }

    @Test func withoutCSVOnlyTheSummaryIsWritten() throws {
        let r = try DescentProcess.run(["divergence", "--headless"])
        #expect(r.status == 0, "a diverged run is a result, not an error")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("diverged"))
    }

    @Test func csvFileIsWrittenWhole() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("out.csv").path
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", path, "--steps", "10"])
        #expect(r.status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(Self.header + "\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"], "no temporary file left")
    }

    @Test func anOutputThatCannotBeCreatedExits73AndLeavesNothing() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("missing/out.csv").path
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", path])
        #expect(r.status == 73)
        #expect(r.stderr.contains(path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Only `-` means standard output; an empty --csv is a path, and no file can be made there.
    @Test func anEmptyCSVPathCannotBeCreated() throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", "", "--steps", "5"])
        #expect(r.status == 73)
        #expect(r.stderr == "descent: cannot create : No such file or directory\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func aFullDiskExits74() throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless", "--csv", "/dev/full", "--steps", "100000"])
        #expect(r.status == 74, "\(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let (line, r) = try DescentProcess.runReadingFirstLine(["rosenbrock", "--headless", "--csv", "-", "--steps", "200000"])
        #expect(line == Self.header)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test func aMissingScenarioFileExits66() throws {
        let r = try DescentProcess.run(["no/such/scenario.yaml", "--headless"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no/such/scenario.yaml"))
    }

    @Test func anInvalidScenarioExits65WithItsPosition() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("bad.yaml")
        try "landscape: rosenbrock\nsteps: 100\nruns:\n  - optimizer: sgd\n    lr: -1\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try DescentProcess.run([file.path, "--headless"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(file.path):5:9:"), "\(r.stderr)")
        #expect(r.stderr.contains("lr"))
    }

    @Test(arguments: [["--every", "0"], ["--steps", "0"], ["--steps", "2000000000"], ["--nonsense"]])
    func badOptionsExit64(extra: [String]) throws {
        let r = try DescentProcess.run(["rosenbrock", "--headless"] + extra)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test func bundledScenariosWorkFromAnyDirectory() throws {
        let r = try DescentProcess.run(["himmelblau-starts", "--headless", "--steps", "10"], in: URL(fileURLWithPath: "/"))
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func controllerDecisionsAndEvaluationsAppearInTheCSV() throws {
        let r = try DescentProcess.run(["bold-driver", "--headless", "--csv", "-", "--steps", "200"])
        #expect(r.status == 0)
        let rows = r.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let driver = rows.filter { $0[0] == "bold driver" }
        #expect(driver.contains { $0[10] == "step_undone" })
        // The bold driver evaluates f and ∇f at every point: two evaluations per step.
        #expect(driver.allSatisfy { Int($0[11]) == 2 * Int($0[2])! + 2 })
        #expect(r.stderr.contains("evals to tol"))
        let restart = try DescentProcess.run(["restart-ill-conditioned", "--headless", "--csv", "-"])
        #expect(restart.stdoutText.contains(",restart,"))
    }

    @Test func listNamesEveryLandscapeOptimizerAndSchedule() throws {
        let r = try DescentProcess.run(["list"])
        #expect(r.status == 0)
        for name in [
            "rosenbrock", "quadratic", "goldstein_price", "nesterov", "adagrad", "cosine_restarts", "one_cycle", "warmup",
            "plateau", "backtracking", "polyak", "bold_driver", "restart", "l1",
        ] {
            #expect(r.stdoutText.contains(name), "list shows \(name)")
        }
        let landscapes = try DescentProcess.run(["list", "landscapes"])
        #expect(landscapes.stdoutText.contains("himmelblau"))
        #expect(!landscapes.stdoutText.contains("nesterov"))
    }
}

func temporaryDirectory() throws -> URL {
    let url = testsDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// One folder for every test of this process, removed when the process exits, so that runs
/// leave nothing in the system's temporary directory.
private let testsDirectory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-tests-\(getpid())")
    atexit { try? FileManager.default.removeItem(at: testsDirectory) }
    return url
}()
