import Foundation
import DescentCore

/// Where a scenario comes from: a file, or one of the bundled scenarios.
public enum ScenarioSource: Hashable, Sendable {
    case file(path: String)
    case bundled(name: String)

    /// Larger files are refused unread: a scenario is a page of text, not a data set.
    public static let maximumFileSize = 1 << 20

    /// The command line's SCENARIO: an existing file wins, then a bundled name.
    public static func resolve(_ argument: String) throws(ScenarioError) -> ScenarioSource {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { return .file(path: argument) }
        if BundledScenarios.text(named: argument) != nil { return .bundled(name: argument) }
        if exists { return .file(path: argument) }
        throw .missingInput(
            "\(argument): no such file or bundled scenario; bundled: "
                + BundledScenarios.names.joined(separator: ", "))
    }

    /// How diagnostics name the scenario.
    public var fileName: String {
        switch self {
        case .file(let path): return path
        case .bundled(let name): return "\(name).yaml"
        }
    }

    public func load() throws(ScenarioError) -> SimulationSpec {
        switch self {
        case .file(let path):
            return try SimulationSpec(parsing: Self.contents(ofFile: path), file: path)
        case .bundled(let name):
            guard let text = BundledScenarios.text(named: name) else {
                throw .missingInput(
                    "no bundled scenario '\(name)'; bundled: " + BundledScenarios.names.joined(separator: ", "))
            }
            return try SimulationSpec(parsing: text, file: fileName)
        }
    }

    private static func contents(ofFile path: String) throws(ScenarioError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingInput("\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw .missingInput("\(path): is a directory, not a scenario file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .missingInput("\(path): cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw .missingInput("\(path): cannot be read (\(error.localizedDescription))")
        }
        guard data.count <= maximumFileSize else {
            throw .invalid([
                Diagnostic(
                    file: path, position: nil,
                    message: "larger than \(maximumFileSize / 1024) KiB; a scenario is a short text file")
            ])
        }
        return Array(data)
    }
}
