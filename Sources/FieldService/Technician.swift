/// One working period of a technician on one day of the horizon.
public struct Shift: Sendable, Hashable {
    /// Day of the horizon, 1-based.
    public var day: Int
    /// When the technician leaves the start location.
    public var start: Minutes
    /// When the technician must be back at the end location (before overtime).
    public var end: Minutes

    public init(day: Int, start: Minutes, end: Minutes) {
        self.day = day
        self.start = start
        self.end = end
    }

    /// The shift as a window.
    public var window: TimeWindow { TimeWindow(start: start, end: end) }
}

/// A lunch break: `duration` minutes taken entirely inside `[start, end]` of each
/// working day (the clock times repeat on every day of the horizon).
public struct BreakRule: Sendable, Hashable {
    /// Earliest start, as minutes after midnight.
    public var start: Minutes
    /// Latest end, as minutes after midnight.
    public var end: Minutes
    /// Length of the break in minutes.
    public var duration: Minutes

    public init(start: Minutes, end: Minutes, duration: Minutes) {
        self.start = start
        self.end = end
        self.duration = duration
    }

    /// The window in which the break must lie on `day`.
    public func window(onDay day: Int) -> TimeWindow {
        TimeWindow(start: absoluteTime(day: day, clock: start), end: absoluteTime(day: day, clock: end))
    }
}

/// How much a technician may work past the shift end, and at what price.
public struct Overtime: Sendable, Hashable, Codable {
    /// Most minutes past the shift end per day.
    public var maxMinutes: Minutes
    /// Cost per overtime hour.
    public var costPerHour: Double

    public init(maxMinutes: Minutes, costPerHour: Double) {
        self.maxMinutes = maxMinutes
        self.costPerHour = costPerHour
    }
}

/// A field technician with a van.
public struct Technician: Sendable, Hashable {
    /// Unique id.
    public var id: String
    /// Full name; messages use the first word as the first name.
    public var name: String
    /// Skill name to level (higher is better), e.g. `["hvac": 3]`.
    public var skills: [String: Int]
    /// Working periods, at most one per day; days without a shift are days off.
    public var shifts: [Shift]
    /// Optional lunch break taken on every working day.
    public var lunchBreak: BreakRule?
    /// Where the day starts (home or depot).
    public var start: Location
    /// Where the day ends; the start location when nil.
    public var end: Location?
    /// Labour cost per hour of travel and work.
    public var costPerHour: Double
    /// Overtime allowance; none when nil.
    public var overtime: Overtime?
    /// Parts on the van: part id to quantity.
    public var vanStock: [String: Int]
    /// Tools kept on the van (tool ids).
    public var tools: [String]
    /// Phone and e-mail.
    public var contact: Contact
    /// Van capacity in load units (the same units as ``Job/demand``): the jobs
    /// of one route (one technician-day) may need at most this much in total.
    /// Nil means unlimited. A job needing more than every van holds is not an
    /// input error; the planner leaves it unplaced.
    public var capacity: Double?
    /// Cost of sending the technician out: charged once per working day on
    /// which the technician has at least one visit (a van on the road). Zero by default.
    public var fixedCost: Double

    public init(id: String, name: String, skills: [String: Int], shifts: [Shift], lunchBreak: BreakRule? = nil,
                start: Location, end: Location? = nil, costPerHour: Double = 0, overtime: Overtime? = nil,
                vanStock: [String: Int] = [:], contact: Contact = Contact(), capacity: Double? = nil,
                fixedCost: Double = 0, tools: [String] = []) {
        self.id = id
        self.name = name
        self.skills = skills
        self.shifts = shifts
        self.lunchBreak = lunchBreak
        self.start = start
        self.end = end
        self.costPerHour = costPerHour
        self.overtime = overtime
        self.vanStock = vanStock
        self.tools = tools
        self.contact = contact
        self.capacity = capacity
        self.fixedCost = fixedCost
    }

    /// The end location, defaulting to the start.
    public var endLocation: Location { end ?? start }

    /// The first name, for messages.
    public var firstName: String {
        name.split(separator: " ").first.map(String.init) ?? name
    }

    /// The shift on `day`, if the technician works that day.
    public func shift(onDay day: Int) -> Shift? {
        shifts.first { $0.day == day }
    }
}

extension Shift: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case day, start, end }

    /// Decodes `{"day": 1, "start": "08:00", "end": "17:00"}`. With numeric
    /// (absolute) times and no `day`, the day is derived from `start`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let explicitDay = try c.decodeWholeNumberIfPresent(forKey: .day)
        let context = decoder.timeContext
        start = try c.decodeTime(forKey: .start, day: explicitDay ?? 1, context: context)
        end = try c.decodeTime(forKey: .end, day: explicitDay ?? 1, context: context)
        day = explicitDay ?? (start.isFinite && abs(start) < 1e12 ? dayOf(start) : 1)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(day, forKey: .day)
        try c.encodeTime(start, day: day, forKey: .start)
        try c.encodeTime(end, day: day, forKey: .end)
    }
}

extension BreakRule: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case start, end, duration }

    /// Decodes `{"start": "11:30", "end": "13:30", "duration": 30}` (clock times, or minutes after midnight).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        // Clock times of a break are per day: parse them on day 1.
        start = try c.decodeClockTime(forKey: .start)
        end = try c.decodeClockTime(forKey: .end)
        duration = try c.decode(Double.self, forKey: .duration)
    }

    /// Encodes clock times as `"HH:MM"` (minutes after midnight when not a whole minute).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeClockTime(start, forKey: .start)
        try c.encodeClockTime(end, forKey: .end)
        try c.encode(duration, forKey: .duration)
    }
}

extension Technician: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, skills, shifts, lunchBreak = "break", start, end, costPerHour, overtime, vanStock, contact
        case capacity, fixedCost, tools
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        skills = try c.decodeWholeNumberMapIfPresent(forKey: .skills) ?? [:]
        shifts = try c.decode([Shift].self, forKey: .shifts)
        lunchBreak = try c.decodeIfPresent(BreakRule.self, forKey: .lunchBreak)
        start = try c.decode(Location.self, forKey: .start)
        end = try c.decodeIfPresent(Location.self, forKey: .end)
        costPerHour = try c.decodeIfPresent(Double.self, forKey: .costPerHour) ?? 0
        overtime = try c.decodeIfPresent(Overtime.self, forKey: .overtime)
        vanStock = try c.decodeWholeNumberMapIfPresent(forKey: .vanStock) ?? [:]
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
        capacity = try c.decodeIfPresent(Double.self, forKey: .capacity)
        fixedCost = try c.decodeIfPresent(Double.self, forKey: .fixedCost) ?? 0
        tools = try c.decodeIfPresent([String].self, forKey: .tools) ?? []
    }

    /// Encodes the input format; `tools` only when the van carries some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(skills, forKey: .skills)
        try c.encode(shifts, forKey: .shifts)
        try c.encodeIfPresent(lunchBreak, forKey: .lunchBreak)
        try c.encode(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        try c.encode(costPerHour, forKey: .costPerHour)
        try c.encodeIfPresent(overtime, forKey: .overtime)
        try c.encode(vanStock, forKey: .vanStock)
        try c.encode(contact, forKey: .contact)
        try c.encodeIfPresent(capacity, forKey: .capacity)
        try c.encode(fixedCost, forKey: .fixedCost)
        if !tools.isEmpty { try c.encode(tools, forKey: .tools) }
    }
}

extension Overtime {
    enum CodingKeys: String, CodingKey, CaseIterable { case maxMinutes, costPerHour }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        maxMinutes = try c.decode(Double.self, forKey: .maxMinutes)
        costPerHour = try c.decode(Double.self, forKey: .costPerHour)
    }
}
