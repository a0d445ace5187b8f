import Foundation

/// Any JSON key (for reading the keys an object really has).
struct AnyRecordKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

/// A field a record file does not define. A misspelt `satisfation` would otherwise be
/// dropped without a word, so, as in the planning input format, unknown names are
/// errors; names starting with `x-` are left alone for front ends' own data.
struct UnknownRecordFieldError: Error {
    /// Path to the object holding the field.
    var path: [String]
    /// Index of the field's object in the path, when inside a list.
    var indices: [Int?]
    /// The field as written.
    var field: String
    /// The known field it most likely means.
    var suggestion: String?

    static let extensionPrefix = "x-"

    var message: String {
        var text = "unknown field \"\(field)\""
        if let suggestion { text += " (did you mean \"\(suggestion)\"?)" }
        else { text += "; fields of your own must start with \"\(Self.extensionPrefix)\"" }
        return text
    }
}

extension Decoder {
    /// The keyed container of a record-file object, after checking that every field in it
    /// is one of `keys` (or starts with `x-`).
    func strictRecordContainer<Key: CodingKey & CaseIterable>(keyedBy keys: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let raw = try container(keyedBy: AnyRecordKey.self)
        let unknown = raw.allKeys.map(\.stringValue)
            .filter { Key(stringValue: $0) == nil && !$0.hasPrefix(UnknownRecordFieldError.extensionPrefix) }
            .sorted()
        if let field = unknown.first {
            let known = Key.allCases.map(\.stringValue)
            throw UnknownRecordFieldError(path: codingPath.map(\.stringValue), indices: codingPath.map(\.intValue),
                                          field: field, suggestion: RecordFieldSuggestion.closest(to: field, among: known))
        }
        return try container(keyedBy: Key.self)
    }
}

/// Turns decoding failures of a record file into ``RecordStoreError`` values that name
/// the record's index and the field.
enum RecordDecodingDiagnosis {
    static func translate(_ error: any Error) -> RecordStoreError {
        if let unknown = error as? UnknownRecordFieldError {
            return locate(path: zip(unknown.path, unknown.indices).map { ($0, $1) } + [(unknown.field, nil)],
                          reason: unknown.message)
        }
        guard let error = error as? DecodingError else { return .invalidRecordFile(reason: "\(error)") }
        switch error {
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            return .invalidRecordFile(reason: "not valid JSON (\(detail(context)))")
        case let .dataCorrupted(context):
            return locate(context.codingPath, reason: context.debugDescription)
        case let .keyNotFound(key, context):
            return locate(context.codingPath + [key], reason: "required field \"\(key.stringValue)\" is missing")
        case let .typeMismatch(type, context):
            return locate(context.codingPath, reason: "expected \(typeName(type))")
        case let .valueNotFound(type, context):
            return locate(context.codingPath, reason: "expected \(typeName(type)), found null")
        @unknown default:
            return .invalidRecordFile(reason: "\(error)")
        }
    }

    private static func locate(_ codingPath: [any CodingKey], reason: String) -> RecordStoreError {
        locate(path: codingPath.map { ($0.stringValue, $0.intValue) }, reason: reason)
    }

    /// `records[i].field...` becomes an invalid record; anything else is about the file.
    private static func locate(path: [(String, Int?)], reason: String) -> RecordStoreError {
        guard path.count >= 2, path[0].0 == "records", let index = path[1].1 else {
            let where_ = path.map(\.0).joined(separator: ".")
            return .invalidRecordFile(reason: where_.isEmpty ? reason : "\(where_): \(reason)")
        }
        var field = ""
        for (name, position) in path.dropFirst(2) {
            if let position { field += "[\(position)]" } else { field += field.isEmpty ? name : "." + name }
        }
        return .invalidRecord(index: index, field: field.isEmpty ? "(record)" : field, reason: reason)
    }

    private static func detail(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError?,
           let text = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
            return text
        }
        return context.debugDescription
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is [String: Double].Type: "an object of numbers"
        case is [ServiceRecord].Type: "a list of records"
        default:
            String(describing: type).hasPrefix("Dictionary") ? "an object"
                : String(describing: type).hasPrefix("Array") ? "a list" : "\(type)"
        }
    }
}

/// "Did you mean" for field names: the known name equal ignoring case, or else within
/// edit distance 2 (1 for names of four letters or fewer).
enum RecordFieldSuggestion {
    static func closest(to name: String, among known: [String]) -> String? {
        if let match = known.first(where: { $0.lowercased() == name.lowercased() }) { return match }
        let limit = name.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(Array(name.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
