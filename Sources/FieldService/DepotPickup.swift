/// Pick-up stops at the depot during the day.
///
/// With it, a technician collects what the day's jobs need beyond the van on a stop at
/// the depot, at the travel and handling time that costs: at the start of the day, or
/// on the way between two jobs. Jobs before the stop live on the van alone; the van is
/// restocked to its `vanStock` every night. Without it, depot parts and tools are loaded
/// before the shift and cost nothing.
public struct DepotPickup: Sendable, Hashable {
    /// Minutes spent at the depot collecting the items.
    public var handlingMinutes: Minutes
    /// Opening hours of every day, as minutes after midnight.
    public var opens: Minutes
    public var closes: Minutes

    public init(handlingMinutes: Minutes = 10, opens: Minutes = 0, closes: Minutes = 1440) {
        self.handlingMinutes = handlingMinutes
        self.opens = opens
        self.closes = closes
    }

    /// The window, on `day`, in which a pick-up may start (handling ends by closing time).
    public func window(onDay day: Int) -> TimeWindow {
        TimeWindow(start: absoluteTime(day: day, clock: opens),
                   end: absoluteTime(day: day, clock: max(opens, closes - handlingMinutes)))
    }
}

extension DepotPickup: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case handlingMinutes, opens, closes }

    /// Decodes `{"handlingMinutes": 10, "opens": "07:00", "closes": "18:00"}` (clock
    /// times, or minutes after midnight; open all day when absent).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        handlingMinutes = try c.decodeIfPresent(Double.self, forKey: .handlingMinutes) ?? 10
        opens = try c.decodeClockTimeIfPresent(forKey: .opens) ?? 0
        closes = try c.decodeClockTimeIfPresent(forKey: .closes) ?? 1440
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(handlingMinutes, forKey: .handlingMinutes)
        try c.encodeClockTime(opens, forKey: .opens)
        try c.encodeClockTime(closes, forKey: .closes)
    }
}
