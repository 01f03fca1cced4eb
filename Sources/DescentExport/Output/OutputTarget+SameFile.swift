#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputTarget {
    /// Whether writing this output would write the existing file at `path`: the same device
    /// and inode, whatever links or other names lead there. The command line refuses to
    /// write a scenario over itself.
    public func isSameFile(as path: String) -> Bool {
        var input = stat(), output = stat()
        guard stat(path, &input) == 0 else { return false }
        let found = switch self {
        case .standardOutput: fstat(STDOUT_FILENO, &output) == 0
        case .file(let outputPath): stat(outputPath, &output) == 0
        }
        return found && input.st_dev == output.st_dev && input.st_ino == output.st_ino
    }
}
