import ArgumentParser

/// The exit codes of DESIGN.md contract 1 (sysexits.h).
enum ExitStatus {
    static let usage = ExitCode(64)
    static let invalidScenario = ExitCode(65)
    static let missingInput = ExitCode(66)
    static let cannotCreateOutput = ExitCode(73)
    static let ioError = ExitCode(74)
}
