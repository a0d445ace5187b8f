import FieldService

/// The arrival window customers are told, and when a re-plan must tell them again.
///
/// The "arrival" customers care about is when the technician is at the door: the visit's
/// start of work (`Visit.start`), not when the van gets there (a technician who is early
/// waits for the customer's hours).
public enum ArrivalWindow {
    /// The window of `width` minutes around a planned arrival: it starts at the arrival
    /// minus half the width, rounded down to a quarter hour.
    ///
    /// With the job's `windows` (the customer's hours), a window that would begin before
    /// the customer's hours that hold the arrival begins with them instead: nobody is told
    /// 7:00-9:00 when they said they are home from 8:00.
    public static func around(_ arrival: Minutes, width: Minutes, within windows: [TimeWindow] = []) -> (start: Minutes, end: Minutes) {
        let w = max(0, width)
        var start = ((arrival - w / 2) / 15).rounded(.down) * 15
        if let hours = windows.first(where: { $0.start <= arrival + 1e-9 && arrival <= $0.end + 1e-9 }), start < hours.start {
            start = min(hours.start, arrival)
        }
        return (start, start + w)
    }

    /// Whether a customer told about `old` (technician, day, arrival) must hear of `new`:
    /// another technician or day, or an arrival outside the window they were told.
    public static func needsNotice(from old: (technician: String, day: Int, arrival: Minutes),
                                   to new: (technician: String, day: Int, arrival: Minutes), width: Minutes,
                                   within windows: [TimeWindow] = []) -> Bool {
        if old.technician != new.technician || old.day != new.day { return true }
        let told = around(old.arrival, width: width, within: windows)
        return new.arrival < told.start - 1e-9 || new.arrival > told.end + 1e-9
    }
}
