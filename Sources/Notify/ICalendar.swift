import FieldService

/// iCalendar (RFC 5545) text: a VCALENDAR with one VEVENT per visit, CRLF line ends,
/// lines folded at 75 octets (never inside a UTF-8 character), and TEXT values escaped.
public struct ICalendar: Sendable, Hashable {
    /// One event.
    public struct Event: Sendable, Hashable {
        public var uid: String
        public var date: CivilDate
        /// Minutes after midnight of `date` (may pass 24:00).
        public var start: Minutes
        public var end: Minutes
        public var summary: String
        public var location: String?
        public var latitude: Double?
        public var longitude: Double?
        public var description: String

        public init(uid: String, date: CivilDate, start: Minutes, end: Minutes, summary: String, location: String?,
                    latitude: Double?, longitude: Double?, description: String) {
            self.uid = uid
            self.date = date
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.latitude = latitude
            self.longitude = longitude
            self.description = description
        }
    }

    /// The calendar's name (`X-WR-CALNAME`).
    public var name: String
    /// The date of `DTSTAMP` (UTC midnight): the day the plan was made, so that the same
    /// plan gives the same file.
    public var stamp: CivilDate
    public var events: [Event]

    public init(name: String, stamp: CivilDate, events: [Event]) {
        self.name = name
        self.stamp = stamp
        self.events = events
    }

    /// The file's text.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FieldPlan//Job sheet//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name)]
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Self.escape(event.uid))
            lines.append("DTSTAMP:" + Self.compact(stamp) + "T000000Z")
            lines.append("DTSTART:" + Self.localTime(event.date, event.start))
            lines.append("DTEND:" + Self.localTime(event.date, max(event.end, event.start)))
            lines.append("SUMMARY:" + Self.escape(event.summary))
            if let location = event.location { lines.append("LOCATION:" + Self.escape(location)) }
            if let lat = event.latitude, let lon = event.longitude, lat.isFinite, lon.isFinite {
                lines.append("GEO:\(Self.decimal(lat));\(Self.decimal(lon))")
            }
            lines.append("DESCRIPTION:" + Self.escape(event.description))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `YYYYMMDD`.
    static func compact(_ date: CivilDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// A floating local date-time `YYYYMMDDTHHMMSS`; minutes past 24:00 roll into the next day.
    static func localTime(_ date: CivilDate, _ minutes: Minutes) -> String {
        let whole = Int(max(0, minutes.isFinite ? minutes : 0).rounded())
        let day = date.adding(days: whole / 1440)
        let rest = whole % 1440
        let hh = rest / 60, mm = rest % 60
        return compact(day) + "T" + (hh < 10 ? "0" : "") + "\(hh)" + (mm < 10 ? "0" : "") + "\(mm)" + "00"
    }

    /// RFC 5545 TEXT escaping: backslash, semicolon, comma, and line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return String(rounded)
    }

    /// Folds a content line into pieces of at most 75 octets, continuation lines starting
    /// with one space (RFC 5545, 3.1); a UTF-8 character is never split.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
