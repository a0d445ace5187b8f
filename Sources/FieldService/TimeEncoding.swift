/// Writes times the way people read them: `"HH:MM"` on the entity's `day`
/// when that is exact, minutes from the horizon start otherwise. Both
/// notations read back to the same value (see `TimeParser`), so encoding and
/// loading a problem gives it back unchanged.
enum TimeEncoding {
    /// `"HH:MM"` for a whole number of minutes after midnight in `[0, 48 h)`
    /// (hours past 24 are the input format's notation for night shifts); nil
    /// when the clock time is fractional or out of that range.
    static func clockText(_ clock: Minutes) -> String? {
        guard clock.isFinite, clock >= 0, clock < 2 * minutesPerDay, clock == clock.rounded() else { return nil }
        let total = Int(clock)
        return pad2(total / 60) + ":" + pad2(total % 60)
    }

    /// The day to write for a window or shift starting at `time`: nil when the
    /// time cannot be written as a clock time on any day.
    static func day(of time: Minutes) -> Int? {
        guard time.isFinite, time >= 0, time < 1e9 else { return nil }
        let day = dayOf(time)
        return clockText(time - absoluteTime(day: day, clock: 0)) == nil ? nil : day
    }
}

extension KeyedEncodingContainer {
    /// Encodes an absolute time as `"HH:MM"` on `day`, or as minutes from the horizon start.
    mutating func encodeTime(_ time: Minutes, day: Int, forKey key: Key) throws {
        if let text = TimeEncoding.clockText(time - absoluteTime(day: day, clock: 0)) {
            try encode(text, forKey: key)
        } else {
            try encode(time, forKey: key)
        }
    }

    /// Encodes a time of day (minutes after midnight) as `"HH:MM"`, or as the number.
    mutating func encodeClockTime(_ clock: Minutes, forKey key: Key) throws {
        if let text = TimeEncoding.clockText(clock) {
            try encode(text, forKey: key)
        } else {
            try encode(clock, forKey: key)
        }
    }
}
