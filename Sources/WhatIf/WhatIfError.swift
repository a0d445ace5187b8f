import FieldService

/// Why a scenario cannot be read or applied; every case names the file (when known),
/// the edit (its position, counted from 0) and the field.
public enum WhatIfError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not a scenario (not JSON, or a required field is missing or of the wrong type).
    case badFile(file: String?, reason: String)
    /// An edit's `edit` names no known kind.
    case unknownEdit(file: String?, edit: Int, kind: String, suggestion: String?)
    /// An edit's field is missing, of the wrong type, out of range, or unknown.
    case badEdit(file: String?, edit: Int, field: String, reason: String)
    /// An edit names a technician, job, part, supplier or provider the base does not have
    /// (or adds one whose id it already has).
    case unknownReference(file: String?, edit: Int, field: String, reason: String)
    /// After the edits the problem is not valid input.
    case invalidResult(file: String?, issues: [String])

    public var description: String {
        func at(_ file: String?) -> String { file.map { "\($0): " } ?? "" }
        switch self {
        case let .badFile(file, reason): return "\(at(file))\(reason)"
        case let .unknownEdit(file, edit, kind, suggestion):
            return "\(at(file))edits[\(edit)].edit: unknown edit \"\(kind)\""
                + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "; known: \(ScenarioEdit.codes.joined(separator: ", "))")
        case let .badEdit(file, edit, field, reason): return "\(at(file))edits[\(edit)].\(field): \(reason)"
        case let .unknownReference(file, edit, field, reason): return "\(at(file))edits[\(edit)].\(field): \(reason)"
        case let .invalidResult(file, issues):
            return "\(at(file))the edited problem is not valid: " + issues.joined(separator: "; ")
        }
    }
}
