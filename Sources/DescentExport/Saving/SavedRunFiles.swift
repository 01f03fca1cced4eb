import DescentCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the view's `w` and `W` leave in a directory: a scenario file named for the local time,
/// `descent-20261126-051500.yaml`, and with `W` its CSV beside it (same stem, `.csv`), the same
/// bytes as `descent THAT.yaml --headless --csv`. A name that is taken gets `-2`, `-3`, …:
/// nothing is ever written over. Each file appears whole or not at all, and a CSV that cannot
/// be written takes its scenario file with it.
public struct SavedRunFiles: Sendable {
    /// Where the files go; "." names them without a directory.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes `scenario(name)`, the scenario text given the file name it gets, and with `csvOf`
    /// that spec's CSV; returns the paths written, the scenario's first. Throws `OutputError`.
    public func save(
        scenario: (_ fileName: String) -> String, csvOf spec: SimulationSpec?, at time: time_t
    ) throws(OutputError) -> [String] {
        let base = Self.stem(at: time)
        for number in 1...Self.maximumNumber {
            let stem = number == 1 ? base : "\(base)-\(number)"
            let scenarioPath = path("\(stem).yaml"), csvPath = path("\(stem).csv")
            guard !Self.exists(scenarioPath), spec == nil || !Self.exists(csvPath) else { continue }
            do throws(OutputError) {
                try OutputTarget.write(scenario("\(stem).yaml"), to: AtomicFileOutput(newFileAt: scenarioPath))
            } catch .cannotCreate(_, EEXIST) {
                continue  // taken since the check
            }
            guard let spec else { return [scenarioPath] }
            do throws(OutputError) {
                try Self.writeCSV(of: spec, to: csvPath)
            } catch {
                unlink(scenarioPath)
                throw error
            }
            return [scenarioPath, csvPath]
        }
        throw .cannotCreate(path: path("\(base).yaml"), errno: EEXIST)
    }

    /// More saves within one second than anyone makes by hand.
    static let maximumNumber = 1000

    /// `descent-YYYYMMDD-HHMMSS` in local time.
    static func stem(at time: time_t) -> String {
        var seconds = time, parts = tm()
        localtime_r(&seconds, &parts)
        func digits(_ value: Int32, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(count - text.count, 0)) + text
        }
        return "descent-" + digits(parts.tm_year + 1900, 4) + digits(parts.tm_mon + 1, 2) + digits(parts.tm_mday, 2)
            + "-" + digits(parts.tm_hour, 2) + digits(parts.tm_min, 2) + digits(parts.tm_sec, 2)
    }

    private func path(_ name: String) -> String {
        directory == "." ? name : directory.hasSuffix("/") ? directory + name : "\(directory)/\(name)"
    }

    /// Anything at all there, a dangling link too.
    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Every step of every run, as headless mode writes it without `--every`.
    private static func writeCSV(of spec: SimulationSpec, to path: String) throws(OutputError) {
        let writer = try CSVWriter(output: AtomicFileOutput(newFileAt: path))
        do {
            _ = try Simulator(spec: spec).run(into: writer)
            try writer.finish()
        } catch {
            writer.discard()
            // The CSV writer is the only sink, so its errors are the only ones.
            throw error as? OutputError ?? .writeFailed(path: path, errno: EIO)
        }
    }
}
