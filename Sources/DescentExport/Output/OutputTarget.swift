/// Where an output goes: standard output as it is written, or a file that appears whole on
/// `finish` (see `AtomicFileOutput`).
public enum OutputTarget: Equatable, Sendable {
    case standardOutput
    case file(path: String)

    func open() throws(OutputError) -> ByteOutput {
        switch self {
        case .standardOutput: StandardOutput()
        case .file(let path): try AtomicFileOutput(path: path)
        }
    }
}
