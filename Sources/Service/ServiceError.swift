import FieldPlan
import Foundation
import Hummingbird

/// A request the service answers with an error: the HTTP status and the body
/// `{"error": message, "issues": [...]}`.
///
/// `message` is what the `fieldplan` command prints for the same failure, without its
/// `error: ` prefix (one line per input issue); `issues` lists the input issues, each
/// with its JSON path, entity, kind and message, when the failure is invalid input.
public struct ServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The response status: 400, 404, 405, 413, 500 or 503.
    public var status: Int
    /// What went wrong, as the command says it.
    public var message: String
    /// The input issues behind a 400, when there are any.
    public var issues: [InputIssue]

    /// Creates an error answer.
    public init(status: Int, message: String, issues: [InputIssue] = []) {
        self.status = status
        self.message = message
        self.issues = issues
    }

    /// A 400 with a message.
    static func badRequest(_ message: String) -> ServiceError {
        ServiceError(status: 400, message: message)
    }

    /// A 400 for input that is not a valid problem (or not JSON at all).
    static func invalid(_ error: InputError) -> ServiceError {
        ServiceError(status: 400, message: error.description, issues: error.issues)
    }

    /// A 500: the service's (or the planner's) own failure.
    static func failure(_ message: String) -> ServiceError {
        ServiceError(status: 500, message: message)
    }

    /// The status and the message, e.g. `400: jobs[0].duration (job J-1001): expected a number, found a string`.
    public var description: String { "\(status): \(message)" }

    /// The JSON body.
    var body: Data {
        let answer = ErrorBody(error: message, issues: issues.isEmpty ? nil : issues.map(IssueBody.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(answer)) ?? Data(#"{"error": "internal error"}"#.utf8)
    }
}

/// `{"error": ..., "issues": [...]}`.
private struct ErrorBody: Encodable {
    var error: String
    var issues: [IssueBody]?
}

/// One input issue in an error answer.
private struct IssueBody: Encodable {
    var path: String
    var entity: String?
    var kind: String
    var message: String

    init(_ issue: InputIssue) {
        path = issue.path
        entity = issue.entity
        kind = issue.kind.rawValue
        message = issue.message
    }
}
