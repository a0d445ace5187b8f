/// One thing wrong with an input, located by its JSON path.
public struct InputIssue: Sendable, Hashable, CustomStringConvertible {
    /// The class of problem; stable codes for scripts and front ends.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Not JSON at all (syntax error, truncated file, not UTF-8).
        case malformedJSON = "malformed_json"
        /// A value of the wrong JSON type, e.g. a string where a number belongs.
        case wrongType = "wrong_type"
        /// A required field is absent.
        case missingField = "missing_field"
        /// A field the format does not define (often a misspelling); fields of your own
        /// start with `x-`.
        case unknownField = "unknown_field"
        /// A value that can never be right (unknown urgency, a time that does not parse, a NaN).
        case invalidValue = "invalid_value"
        /// Two entities share an id.
        case duplicateID = "duplicate_id"
        /// A reference to a technician, part or skill that does not exist.
        case unknownReference = "unknown_reference"
        /// A list that must not be empty is empty.
        case emptyList = "empty_list"
        /// An interval whose end is before its start, or that lies outside where it must be.
        case invalidTime = "invalid_time"
        /// A number outside its allowed range (negative durations, non-finite costs).
        case outOfRange = "out_of_range"
        /// A file in another supported format (Solomon) that does not follow it.
        case malformedFile = "malformed_file"
    }

    /// JSON path of the culprit, e.g. `jobs[3].timeWindows[0]`; empty for the whole document.
    public var path: String
    /// The entity it belongs to, e.g. `job j4`, when known.
    public var entity: String?
    /// The class of problem.
    public var kind: Kind
    /// What is wrong, in one sentence.
    public var message: String

    public init(path: String, entity: String? = nil, kind: Kind, message: String) {
        self.path = path
        self.entity = entity
        self.kind = kind
        self.message = message
    }

    /// `jobs[3].timeWindows[0] (job j4): end 08:00 is before start 09:00`.
    public var description: String {
        let location = path.isEmpty ? "input" : path
        if let entity { return "\(location) (\(entity)): \(message)" }
        return "\(location): \(message)"
    }
}

/// Input that cannot be planned: every issue found, in document order.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong; never empty.
    public var issues: [InputIssue]

    /// Process exit code for bad input.
    public static let exitCode: Int32 = 2

    public init(issues: [InputIssue]) {
        self.issues = issues
    }

    public init(_ issue: InputIssue) {
        self.issues = [issue]
    }

    /// One line per issue.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
