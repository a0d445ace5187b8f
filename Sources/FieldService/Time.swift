/// Minutes since the start of the planning horizon (day 1, 00:00 local time).
///
/// All times inside FieldPlan use this one scale; the JSON format also accepts
/// `"HH:MM"` on an entity's day and ISO-8601 local date-times (see README).
public typealias Minutes = Double

/// Minutes in one day.
public let minutesPerDay: Minutes = 1440

/// The day (1-based) that an absolute time falls on.
public func dayOf(_ time: Minutes) -> Int {
    Int((time / minutesPerDay).rounded(.down)) + 1
}

/// The absolute time of `clock` minutes after midnight on `day` (1-based).
public func absoluteTime(day: Int, clock: Minutes) -> Minutes {
    Minutes(day - 1) * minutesPerDay + clock
}

/// Formats an absolute time as `HH:MM` (single-day horizons) or `day N HH:MM`.
public func formatClock(_ time: Minutes, showDay: Bool = false) -> String {
    guard time.isFinite else { return "\(time)" }
    let day = dayOf(time)
    let inDay = time - Minutes(day - 1) * minutesPerDay
    let total = Int(inDay.rounded())
    let text = pad2(total / 60) + ":" + pad2(total % 60)
    return showDay ? "day \(day) \(text)" : text
}

func pad2(_ value: Int) -> String {
    value < 10 && value >= 0 ? "0\(value)" : "\(value)"
}

/// A calendar date without a time zone (the horizon's local calendar).
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(parsing text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `count` days later.
    public func adding(days count: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + count)
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + pad2(month) + "-" + pad2(day)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

/// A closed interval of time `[start, end]` in horizon minutes.
public struct TimeWindow: Sendable, Hashable {
    /// Earliest time.
    public var start: Minutes
    /// Latest time.
    public var end: Minutes

    public init(start: Minutes, end: Minutes) {
        self.start = start
        self.end = end
    }

    /// Length in minutes.
    public var length: Minutes { end - start }

    /// Whether the two windows share at least one instant.
    public func overlaps(_ other: TimeWindow) -> Bool {
        start <= other.end && other.start <= end
    }

    /// Whether `time` lies in the window (bounds included).
    public func contains(_ time: Minutes) -> Bool { time >= start && time <= end }
}
