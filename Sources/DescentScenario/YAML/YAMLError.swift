/// Why a file could not be read as one YAML document, and where.
struct YAMLError: Error, Equatable {
    let position: SourcePosition
    let message: String
}
