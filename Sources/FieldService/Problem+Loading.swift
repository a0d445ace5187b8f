import Foundation

extension Problem {
    /// Largest input accepted, in bytes (protects against runaway files).
    public static let maximumInputBytes = 256 * 1024 * 1024

    /// Reads the JSON input format and validates it.
    ///
    /// - Throws: ``InputError`` listing what is wrong: the first JSON or type error,
    ///   or every validation issue.
    public static func load(json data: Data) throws(InputError) -> Problem {
        let problem = try decode(json: data)
        let issues = problem.validate()
        guard issues.isEmpty else { throw InputError(issues: issues) }
        return problem
    }

    /// Reads the JSON input format without validating it.
    public static func decode(json data: Data) throws(InputError) -> Problem {
        guard data.count <= maximumInputBytes else {
            throw InputError(InputIssue(path: "", kind: .outOfRange,
                                        message: "the input is \(data.count) bytes; the limit is \(maximumInputBytes)"))
        }
        if let position = JSONDiagnosis.firstInvalidUTF8(data) {
            throw InputError(InputIssue(path: "", kind: .malformedJSON,
                                        message: "the input is not UTF-8 text (first bad byte at \(position)); save the file as UTF-8"))
        }
        // Pass 1: the horizon's start date, needed to read ISO date-times.
        let context: TimeContext
        do {
            let header = try JSONDecoder().decode(HorizonHeader.self, from: data)
            context = TimeContext(startDate: header.horizon?.startDate)
        } catch {
            throw translate(error, data: data)
        }
        // Pass 2: everything.
        let decoder = JSONDecoder()
        decoder.userInfo[TimeContext.userInfoKey] = context
        do {
            return try decoder.decode(Problem.self, from: data)
        } catch {
            throw translate(error, data: data)
        }
    }

    private struct HorizonHeader: Decodable {
        var horizon: Horizon?
    }

    /// Turns a `DecodingError` into an issue with a JSON path and, where the
    /// path runs through an entity with an id, that entity's name.
    static func translate(_ error: any Error, data: Data) -> InputError {
        if let unknown = error as? UnknownFieldError {
            return issue(unknown.codingPath, data, .unknownField, unknown.message)
        }
        guard let error = error as? DecodingError else {
            return InputError(InputIssue(path: "", kind: .malformedJSON, message: "\(error)"))
        }
        switch error {
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            // Foundation gives neither a location nor a reason: find them ourselves.
            if let issue = JSONDiagnosis.diagnose(data) { return InputError(issue) }
            let detail = context.underlyingError.map { jsonSyntaxDetail($0) } ?? context.debugDescription
            return InputError(InputIssue(path: "", kind: .malformedJSON, message: "not valid JSON: \(detail)"))
        case let .dataCorrupted(context):
            return issue(context.codingPath, data, .invalidValue, context.debugDescription)
        case let .keyNotFound(key, context):
            return issue(context.codingPath + [key], data, .missingField, "required field \"\(key.stringValue)\" is missing")
        case let .typeMismatch(type, context):
            return issue(context.codingPath, data, .wrongType, "expected \(jsonTypeName(type))\(found(context))")
        case let .valueNotFound(type, context):
            return issue(context.codingPath, data, .wrongType, "expected \(jsonTypeName(type)), found null")
        @unknown default:
            return InputError(InputIssue(path: "", kind: .malformedJSON, message: "\(error)"))
        }
    }

    private static func issue(_ path: [any CodingKey], _ data: Data, _ kind: InputIssue.Kind, _ message: String) -> InputError {
        InputError(InputIssue(path: JSONPath.format(path), entity: JSONPath.entity(along: path, in: data),
                              kind: kind, message: message))
    }

    private static func found(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        // Foundation says e.g. "Expected to decode Double but found a string instead."
        if let range = text.range(of: "but found ") {
            let rest = text[range.upperBound...].replacingOccurrences(of: " instead.", with: "")
            // Say it in JSON's words, not Swift's.
            let words = ["a dictionary": "an object", "dictionary": "an object", "number": "a number",
                         "bool": "true or false", "array": "an array", "string": "a string"]
            return ", found \(words[rest] ?? rest)"
        }
        return ""
    }

    private static func jsonSyntaxDetail(_ error: any Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        if type is Double.Type || type is Float.Type { return "a number" }
        if type is Int.Type { return "a whole number" }
        if type is String.Type { return "a string" }
        if type is Bool.Type { return "true or false" }
        if type is TimeNotation.Type { return "a time (minutes from the horizon start, \"HH:MM\" or \"YYYY-MM-DDTHH:MM\")" }
        let name = String(describing: type)
        return name.hasPrefix("Array") ? "an array" : "an object"
    }
}

/// JSON paths for messages.
enum JSONPath {
    /// `jobs[3].timeWindows[0].end`.
    static func format(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    static let entityNames = [
        "technicians": "technician", "jobs": "job", "parts": "part", "suppliers": "supplier", "providers": "provider",
    ]

    /// The innermost `technicians[i]`, `jobs[i]`, ... on the path, named by its id when the raw JSON has one.
    static func entity(along path: [any CodingKey], in data: Data) -> String? {
        guard path.count >= 2, path[0].intValue == nil, let kind = entityNames[path[0].stringValue],
              let index = path[1].intValue else { return nil }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root[path[0].stringValue] as? [Any], list.indices.contains(index),
              let object = list[index] as? [String: Any], let id = object["id"] as? String else {
            return "\(kind) #\(index + 1)"
        }
        return "\(kind) \(id)"
    }
}

extension Problem {
    /// A JSON decoder for pieces of the input format that belong to this problem (a job,
    /// a technician, time windows): it reads times in every notation of the format,
    /// ISO date-times against this problem's `horizon.start`.
    public func inputDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo = inputUserInfo
        return decoder
    }

    /// What any `Decoder` (YAML, say) needs in its `userInfo` to read pieces of the input
    /// format as ``inputDecoder()`` does.
    public var inputUserInfo: [CodingUserInfoKey: any Sendable] {
        [TimeContext.userInfoKey: TimeContext(startDate: horizon.startDate)]
    }
}
