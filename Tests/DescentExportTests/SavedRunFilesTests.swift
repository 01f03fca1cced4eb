@testable import DescentCore
import Foundation
import Testing

@testable import DescentExport

/// What `w` and `W` leave: new files only, both or neither.
@Suite struct SavedRunFilesTests {
    private let spec = SimulationSpec(
        name: "bowl", landscape: .quadratic(Quadratic()), steps: 20,
        runs: [RunSpec(label: "m", optimizer: .momentum(Momentum()), lr: 0.1, start: .fixed(Vector2(1, 1)))])

    @Test func theCSVGoesBesideTheScenario() throws {
        let directory = try TemporaryDirectory()
        let paths = try SavedRunFiles(directory: directory.path).save(scenario: { "# \($0)\n" }, csvOf: spec, at: 0)
        let stem = directory.path + "/" + SavedRunFiles.stem(at: 0)
        #expect(paths == [stem + ".yaml", stem + ".csv"])
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "# \(SavedRunFiles.stem(at: 0)).yaml\n")
        let csv = try String(contentsOfFile: paths[1], encoding: .utf8)
        #expect(csv.hasPrefix("run,optimizer,step,x,y,loss,grad_x,grad_y,lr,status,event,evals\nm,momentum,0,1.0,1.0,0.55,1.0,0.1,0.1,ok,,1\n"))
        #expect(csv.split(separator: "\n").count == 22, "the header and steps 0 ... 20")
    }

    /// A CSV that cannot be put in place (here a file took its name while the scenario was
    /// written) takes its scenario file with it.
    @Test func aFailedCSVTakesItsScenarioWithIt() throws {
        let directory = try TemporaryDirectory()
        let stem = directory.path + "/" + SavedRunFiles.stem(at: 0)
        #expect(throws: OutputError.cannotCreate(path: stem + ".csv", errno: EEXIST)) {
            try SavedRunFiles(directory: directory.path).save(
                scenario: { _ in
                    try? "theirs".write(toFile: stem + ".csv", atomically: false, encoding: .utf8)
                    return "scenario\n"
                },
                csvOf: spec, at: 0)
        }
        #expect(try directory.entries() == [SavedRunFiles.stem(at: 0) + ".csv"])
        #expect(try String(contentsOfFile: stem + ".csv", encoding: .utf8) == "theirs")
    }
}
