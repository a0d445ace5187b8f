/// Why notifications could not be made.
public enum NotifyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No template for a kind in the language (neither shipped nor in the templates folder).
    case missingTemplate(kind: String, language: String)
    /// A template does not parse.
    case badTemplate(kind: String, reason: String)

    public var description: String {
        switch self {
        case let .missingTemplate(kind, language):
            "no template for \(kind) in language \"\(language)\" (ship one in the templates folder as \(language)/\(kind).mustache)"
        case let .badTemplate(kind, reason):
            "the template for \(kind) is not valid: \(reason)"
        }
    }
}
