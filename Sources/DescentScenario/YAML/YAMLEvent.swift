/// The libyaml events that build a document, in Swift terms: what `YAMLTreeBuilder` consumes.
enum YAMLEvent {
    case documentStart
    case scalar(YAMLScalar, anchor: String?)
    case alias(String)
    case sequenceStart(anchor: String?)
    case mappingStart(anchor: String?)
    /// The end of the innermost open sequence or mapping.
    case collectionEnd
    case streamEnd
    /// Stream start and document end carry nothing a scenario needs.
    case ignored
}
