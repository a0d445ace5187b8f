import FieldService

/// How dates and clock times are written in messages. Built in (no platform locale
/// data), so the same plan gives the same text on every machine.
public enum DateLocale: String, Sendable, Hashable, CaseIterable, Codable {
    /// `Tuesday, November 24, 2026`, `9:00 AM`.
    case enUS = "en-US"
    /// `Tuesday 24 November 2026`, `09:00`.
    case enGB = "en-GB"
    /// `Dienstag, 24. November 2026`, `09:00`.
    case deDE = "de-DE"

    private var weekdays: [String] {
        switch self {
        case .enUS, .enGB: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        case .deDE: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
        }
    }

    private var months: [String] {
        switch self {
        case .enUS, .enGB: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December"]
        case .deDE: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                     "November", "Dezember"]
        }
    }

    /// The long form of a date.
    public func date(_ date: CivilDate) -> String {
        // 1970-01-01 was a Thursday.
        let weekday = weekdays[((date.dayNumber % 7) + 11) % 7]
        let month = months[max(0, min(11, date.month - 1))]
        switch self {
        case .enUS: return "\(weekday), \(month) \(date.day), \(date.year)"
        case .enGB: return "\(weekday) \(date.day) \(month) \(date.year)"
        case .deDE: return "\(weekday), \(date.day). \(month) \(date.year)"
        }
    }

    /// A clock time, from minutes after midnight (any day: the day is dropped).
    public func time(_ minutes: Minutes) -> String {
        guard minutes.isFinite else { return "?" }
        let total = Int((minutes.truncatingRemainder(dividingBy: minutesPerDay) + minutesPerDay)
            .truncatingRemainder(dividingBy: minutesPerDay).rounded(.down))
        let hour = total / 60, minute = total % 60
        let mm = minute < 10 ? "0\(minute)" : "\(minute)"
        switch self {
        case .enUS:
            let h12 = hour % 12 == 0 ? 12 : hour % 12
            return "\(h12):\(mm) \(hour < 12 ? "AM" : "PM")"
        case .enGB, .deDE:
            return (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + mm
        }
    }
}
