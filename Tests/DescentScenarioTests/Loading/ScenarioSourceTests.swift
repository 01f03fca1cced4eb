import Foundation
import Testing
@testable import DescentScenario

/// Each test gets a fresh directory of its own, removed afterwards.
@Suite final class ScenarioSourceTests {
    private let directory = FileManager.default.temporaryDirectory
        .appending(path: "descent-scenario-tests-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ text: String, to name: String) throws -> String {
        let url = directory.appending(path: name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func filesAndBundledNamesResolve() throws {
        // (Not shown: a file named like a bundled scenario in the working directory wins;
        // changing the working directory would disturb tests running in parallel.)
        let path = try write(minimalScenario, to: "my-valley.yaml")
        #expect(try ScenarioSource.resolve(path) == .file(path: path))
        #expect(try ScenarioSource.resolve(path).load().name == "my-valley")
        #expect(try ScenarioSource.resolve("divergence") == .bundled(name: "divergence"))
    }

    @Test func unknownNamesListTheBundledOnes() {
        #expect(throws: ScenarioError.missingInput(
            "nowhere.yaml: no such file or bundled scenario; bundled: " + BundledScenarios.names.joined(separator: ", ")
        )) { try ScenarioSource.resolve("nowhere.yaml") }
        #expect(throws: ScenarioError.missingInput(
            "no bundled scenario 'nowhere'; bundled: " + BundledScenarios.names.joined(separator: ", ")
        )) { try ScenarioSource.bundled(name: "nowhere").load() }
    }

    @Test func missingFilesAndDirectoriesAreMissingInput() throws {
        let missing = directory.appending(path: "absent.yaml").path
        #expect(throws: ScenarioError.missingInput("\(missing): no such file")) {
            try ScenarioSource.file(path: missing).load()
        }
        #expect(throws: ScenarioError.missingInput("\(directory.path): is a directory, not a scenario file")) {
            try ScenarioSource.resolve(directory.path).load()
        }
    }

    @Test func invalidFilesNameTheirPath() throws {
        let path = try write("landscape: rosenbrok\nsteps: 10\nruns: [{optimizer: sgd}]\n", to: "typo.yaml")
        #expect(throws: ScenarioError.self) { try ScenarioSource.file(path: path).load() }
        do {
            _ = try ScenarioSource.file(path: path).load()
        } catch {
            #expect(error.lines.count == 1)
            #expect(error.lines.first?.hasPrefix("\(path):1:12: unknown landscape 'rosenbrok'; did you mean 'rosenbrock'?") == true)
        }
    }

    @Test func oversizedFilesAreRefusedUnread() throws {
        let path = try write(String(repeating: "# padding\n", count: ScenarioSource.maximumFileSize / 10 + 1), to: "big.yaml")
        #expect(throws: ScenarioError.invalid([
            Diagnostic(file: path, position: nil, message: "larger than 1024 KiB; a scenario is a short text file")
        ])) { try ScenarioSource.file(path: path).load() }
    }

    @Test func bundledScenariosAreNamedAsFiles() throws {
        #expect(ScenarioSource.bundled(name: "divergence").fileName == "divergence.yaml")
        #expect(try ScenarioSource.bundled(name: "divergence").load().name == "Too large a learning rate")
    }
}
