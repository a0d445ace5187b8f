extension TimeWindow: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case day, start, end }

    /// Decodes `{"day": 1, "start": "08:00", "end": "12:00"}`; `day` defaults to 1
    /// and only matters for `"HH:MM"` times.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let day = try c.decodeDay(forKey: .day, default: 1)
        let context = decoder.timeContext
        start = try c.decodeTime(forKey: .start, day: day, context: context)
        end = try c.decodeTime(forKey: .end, day: day, context: context)
    }

    /// Encodes `{"day": 2, "start": "09:00", "end": "11:00"}` (the day of `start`);
    /// a time that is not a whole minute within 48 hours of that day's midnight
    /// is written as minutes from the horizon start.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        guard let day = TimeEncoding.day(of: start) else {
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            return
        }
        try c.encode(day, forKey: .day)
        try c.encodeTime(start, day: day, forKey: .start)
        try c.encodeTime(end, day: day, forKey: .end)
    }
}
