/// A field in the input that the format does not define.
///
/// A misspelt field (`"timeWindow"` for `"timeWindows"`) would otherwise be dropped
/// silently and change the plan without a word, so every object of the input format
/// rejects names it does not know. Names starting with ``extensionPrefix`` are left
/// alone: front ends keep their own data there.
public struct UnknownFieldError: Error {
    /// Path to the field, ending in its name.
    public var codingPath: [any CodingKey]
    /// The field as written.
    public var field: String
    /// The known field it most likely means, if one is close.
    public var suggestion: String?

    /// Fields named `x-…` are ignored by the reader.
    public static let extensionPrefix = "x-"

    public init(codingPath: [any CodingKey], field: String, suggestion: String?) {
        self.codingPath = codingPath
        self.field = field
        self.suggestion = suggestion
    }

    /// `unknown field "timeWindow" (did you mean "timeWindows"?)`.
    public var message: String {
        var text = "unknown field \"\(field)\""
        if let suggestion { text += " (did you mean \"\(suggestion)\"?)" }
        else { text += "; fields of your own must start with \"\(Self.extensionPrefix)\"" }
        return text
    }
}

extension Decoder {
    /// The keyed container of an input object, after checking that every field in it is
    /// one of `keys` (or starts with `x-`).
    ///
    /// - Throws: ``UnknownFieldError`` for the first unknown field in name order, before
    ///   anything else is decoded, so a misspelt required field is reported as misspelt
    ///   rather than missing.
    public func strictContainer<Key: CodingKey & CaseIterable>(keyedBy keys: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let raw = try container(keyedBy: PathKey.self)
        let unknown = raw.allKeys
            .map(\.stringValue)
            .filter { Key(stringValue: $0) == nil && !$0.hasPrefix(UnknownFieldError.extensionPrefix) }
            .sorted()
        if let field = unknown.first {
            let known = Key.allCases.map(\.stringValue)
            throw UnknownFieldError(codingPath: codingPath + [PathKey(field)], field: field,
                                    suggestion: FieldNameSuggestion.closest(to: field, among: known))
        }
        return try container(keyedBy: Key.self)
    }
}

/// "Did you mean" for field names.
public enum FieldNameSuggestion {
    /// The known name equal to `name` ignoring case, or else within edit distance 2 (one
    /// for names of four letters or fewer); ties go to the earlier name in `known`.
    public static func closest(to name: String, among known: [String]) -> String? {
        if let match = known.first(where: { $0.lowercased() == name.lowercased() }) { return match }
        let limit = name.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(name.lowercased(), candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance, or `limit + 1` once it is certain to exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
