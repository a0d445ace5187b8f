import FieldService
import Foundation

/// Turns decoding failures of a record file into ``RecordStoreError`` values that name
/// the record's index and the field.
enum RecordDecodingDiagnosis {
    static func translate(_ error: any Error) -> RecordStoreError {
        if let unknown = error as? UnknownFieldError {
            return locate(unknown.codingPath, reason: unknown.message)
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
