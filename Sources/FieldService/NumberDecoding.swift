/// A coding key made at run time: a dictionary key or an array index on an error path.
struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    init(_ name: String) { self.init(stringValue: name) }
}

/// Whole numbers (days, levels, quantities, indices) are read as JSON numbers and
/// checked here, so that `1.5` or `1e20` is reported at its own path; Foundation
/// reports such values as "not valid JSON" without saying where.
enum WholeNumber {
    /// Largest magnitude accepted; far beyond any meaningful day, level or quantity.
    static let limit = 1e15

    static func convert(_ value: Double, at path: [any CodingKey]) throws -> Int {
        guard value.isFinite, value == value.rounded(), abs(value) < limit else {
            throw DecodingError.typeMismatch(Int.self, DecodingError.Context(
                codingPath: path, debugDescription: "Expected to decode Int but found \(describe(value)) instead."))
        }
        return Int(value)
    }

    static func describe(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < limit ? String(Int(value)) : String(value)
    }

    /// Re-labels a type error about the underlying `Double` as one about a whole number,
    /// when it concerns the value itself (not an enclosing container).
    static func relabel(_ error: DecodingError, valueDepth: Int) -> DecodingError {
        switch error {
        case let .typeMismatch(type, context) where type == Double.self && context.codingPath.count == valueDepth:
            return .typeMismatch(Int.self, context)
        case let .valueNotFound(type, context) where type == Double.self && context.codingPath.count == valueDepth:
            return .valueNotFound(Int.self, context)
        default:
            return error
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a whole number, reporting fractions and huge values at their path.
    func decodeWholeNumber(forKey key: Key) throws -> Int {
        let value: Double
        do {
            value = try decode(Double.self, forKey: key)
        } catch let error as DecodingError {
            throw WholeNumber.relabel(error, valueDepth: codingPath.count + 1)
        }
        return try WholeNumber.convert(value, at: codingPath + [key])
    }

    /// Decodes an optional whole number (absent or `null` gives nil).
    func decodeWholeNumberIfPresent(forKey key: Key) throws -> Int? {
        guard contains(key), try decodeNil(forKey: key) == false else { return nil }
        return try decodeWholeNumber(forKey: key)
    }

    /// Decodes an object of whole numbers, e.g. skill levels or part quantities.
    func decodeWholeNumberMapIfPresent(forKey key: Key) throws -> [String: Int]? {
        let raw: [String: Double]?
        do {
            raw = try decodeIfPresent([String: Double].self, forKey: key)
        } catch let error as DecodingError {
            throw WholeNumber.relabel(error, valueDepth: codingPath.count + 2)
        }
        guard let raw else { return nil }
        var result: [String: Int] = [:]
        for name in raw.keys.sorted() {
            result[name] = try WholeNumber.convert(raw[name] ?? 0, at: codingPath + [key, PathKey(name)])
        }
        return result
    }
}
