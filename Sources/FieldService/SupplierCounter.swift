/// A supplier's trade counter, where technicians buy parts during the day (with depot
/// pick-ups on, ``DepotPickup``): a stop like the depot's, at the counter's place and
/// hours, buying at the supplier's prices with no lead time.
public struct SupplierCounter: Sendable, Hashable {
    /// Where the counter is.
    public var location: Location
    /// Minutes spent at the counter buying the parts.
    public var handlingMinutes: Minutes
    /// Opening hours of every day, as minutes after midnight.
    public var opens: Minutes
    public var closes: Minutes

    public init(location: Location, handlingMinutes: Minutes = 10, opens: Minutes = 0, closes: Minutes = 1440) {
        self.location = location
        self.handlingMinutes = handlingMinutes
        self.opens = opens
        self.closes = closes
    }

    /// The counter's hours as a pick-up (handling, opening and closing).
    public var hours: DepotPickup { DepotPickup(handlingMinutes: handlingMinutes, opens: opens, closes: closes) }
}

extension SupplierCounter: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case location, handlingMinutes, opens, closes }

    /// Decodes `{"location": {...}, "handlingMinutes": 10, "opens": "07:00", "closes": "17:00"}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        location = try c.decode(Location.self, forKey: .location)
        handlingMinutes = try c.decodeIfPresent(Double.self, forKey: .handlingMinutes) ?? 10
        opens = try c.decodeClockTimeIfPresent(forKey: .opens) ?? 0
        closes = try c.decodeClockTimeIfPresent(forKey: .closes) ?? 1440
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(location, forKey: .location)
        try c.encode(handlingMinutes, forKey: .handlingMinutes)
        try c.encodeClockTime(opens, forKey: .opens)
        try c.encodeClockTime(closes, forKey: .closes)
    }
}
