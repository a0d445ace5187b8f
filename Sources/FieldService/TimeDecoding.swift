import Foundation

/// What the decoder needs to turn the JSON time notations into horizon minutes.
struct TimeContext: Sendable {
    /// Calendar date of day 1, when the input names one.
    var startDate: CivilDate?

    static let userInfoKey = CodingUserInfoKey(rawValue: "fieldplan.timeContext")!
}

extension Decoder {
    var timeContext: TimeContext {
        (userInfo[TimeContext.userInfoKey] as? TimeContext) ?? TimeContext(startDate: nil)
    }
}

/// Stands for "a time in any accepted notation" in type errors.
enum TimeNotation {}

/// Parses one JSON time value into horizon minutes.
///
/// - a number: minutes since the horizon start;
/// - `"HH:MM"`: that clock time on `day` (hours may run past 24 for night shifts);
/// - `"YYYY-MM-DDTHH:MM"` (seconds optional): a local date-time; needs `horizon.start`.
enum TimeParser {
    enum Failure: Error, Equatable {
        case malformed(String)
        case needsStartDate(String)
    }

    static func parse(_ text: String, day: Int, context: TimeContext) throws(Failure) -> Minutes {
        if let t = text.firstIndex(of: "T") {
            guard let date = CivilDate(parsing: text[text.startIndex..<t]),
                  let clock = clockMinutes(text[text.index(after: t)...], allowSeconds: true, maxHour: 23) else {
                throw .malformed(text)
            }
            guard let start = context.startDate else { throw .needsStartDate(text) }
            let dayOffset = date.dayNumber - start.dayNumber
            return Minutes(dayOffset) * minutesPerDay + clock
        }
        guard let clock = clockMinutes(Substring(text), allowSeconds: false, maxHour: 47) else {
            throw .malformed(text)
        }
        return absoluteTime(day: day, clock: clock)
    }

    /// `HH:MM` or `HH:MM:SS` as minutes after midnight.
    static func clockMinutes(_ text: Substring, allowSeconds: Bool, maxHour: Int) -> Minutes? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || (allowSeconds && parts.count == 3) else { return nil }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]), h <= maxHour, m < 60, parts[1].count == 2 else { return nil }
        var seconds = 0
        if parts.count == 3 {
            guard let s = Int(parts[2]), s < 60, parts[2].count == 2 else { return nil }
            seconds = s
        }
        return Minutes(h * 60 + m) + Minutes(seconds) / 60
    }
}

extension KeyedDecodingContainer {
    /// Decodes a time in any of the accepted notations (see `TimeParser`).
    func decodeTime(forKey key: Key, day: Int, context: TimeContext) throws -> Minutes {
        let text: String
        do {
            return try decode(Double.self, forKey: key)
        } catch DecodingError.typeMismatch {
            // Not a number: must be a string in one of the clock notations.
            do {
                text = try decode(String.self, forKey: key)
            } catch let DecodingError.typeMismatch(_, context) {
                throw DecodingError.typeMismatch(TimeNotation.self, context)
            }
        } catch let DecodingError.valueNotFound(_, context) {
            throw DecodingError.valueNotFound(TimeNotation.self, context)
        }
        do {
            return try TimeParser.parse(text, day: day, context: context)
        } catch .needsStartDate(let value) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "the date-time \"\(value)\" needs horizon.start (a date) to be set")
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "\"\(text)\" is not a time: use minutes from the horizon start, \"HH:MM\" or \"YYYY-MM-DDTHH:MM\"")
        }
    }

    /// Decodes a time of day that repeats on every day (`"HH:MM"` or minutes after
    /// midnight), such as a break window or an order cut-off; a date-time is refused.
    public func decodeClockTime(forKey key: Key) throws -> Minutes {
        if let text = try? decode(String.self, forKey: key), text.contains("T") {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "\"\(text)\" is a date-time, but this is a time of day: use \"HH:MM\" or minutes after midnight")
        }
        return try decodeTime(forKey: key, day: 1, context: TimeContext(startDate: nil))
    }

    func decodeClockTimeIfPresent(forKey key: Key) throws -> Minutes? {
        guard contains(key), try decodeNil(forKey: key) == false else { return nil }
        return try decodeClockTime(forKey: key)
    }

    func decodeTimeIfPresent(forKey key: Key, day: Int, context: TimeContext) throws -> Minutes? {
        guard contains(key), try decodeNil(forKey: key) == false else { return nil }
        return try decodeTime(forKey: key, day: day, context: context)
    }

    /// Decodes a day number (1-based), defaulting when absent.
    func decodeDay(forKey key: Key, default value: Int) throws -> Int {
        try decodeWholeNumberIfPresent(forKey: key) ?? value
    }
}
