/// A visit already confirmed to the customer: the planner keeps it where it is.
public struct PinnedAssignment: Sendable, Hashable {
    /// The technician who will go.
    public var technician: String
    /// Day of the horizon, 1-based.
    public var day: Int
    /// Confirmed start of service.
    public var start: Minutes

    public init(technician: String, day: Int, start: Minutes) {
        self.technician = technician
        self.day = day
        self.start = start
    }
}

/// A customer request: something to be done at a place.
public struct Job: Sendable, Hashable {
    /// Unique id.
    public var id: String
    /// Who asked for it.
    public var customer: Customer
    /// Where it is.
    public var location: Location
    /// Minutes of work on site.
    public var duration: Minutes
    /// Skill name to minimum level.
    public var requiredSkills: [String: Int]
    /// When service may start (the customer is home). Empty means any time.
    public var timeWindows: [TimeWindow]
    /// How urgent it is.
    public var urgency: Urgency
    /// Explicit priority (higher is more important); adds
    /// `ObjectiveWeights.priorityPenalty` per point to the urgency's penalty for leaving it unplaced.
    public var priority: Int?
    /// Part id to quantity needed.
    public var parts: [String: Int]
    /// Tools (ids) that must be on board: on the van or borrowed from the depot.
    public var requiredTools: [String]
    /// First day it may be done, 1-based.
    public var earliestDay: Int?
    /// Last day it may be done, 1-based.
    public var latestDay: Int?
    /// Technicians the customer would like (a soft preference).
    public var preferredTechnicians: [String]
    /// Technicians who must not go.
    public var excludedTechnicians: [String]
    /// Partner providers the job must not be referred to (e.g. after a complaint).
    public var excludedProviders: [String]
    /// Free text for the job sheet.
    public var description: String?
    /// An already confirmed assignment.
    public var pinned: PinnedAssignment?
    /// Load units the job takes in the van (parcels, kg, litres: whatever
    /// ``Technician/capacity`` counts). Zero by default.
    public var demand: Double
    /// Technicians the job needs at once (1 by default). With 2 or more, every member of
    /// the crew starts the job at the same time, each on their own route.
    public var crewSize: Int
    /// What each member of the crew must have, one skill map per member (e.g. one at
    /// level 3 and one at level 1); empty: every member needs ``requiredSkills``.
    public var crewSkills: [[String: Int]]

    public init(id: String, customer: Customer, location: Location, duration: Minutes,
                requiredSkills: [String: Int] = [:], timeWindows: [TimeWindow] = [], urgency: Urgency = .normal,
                priority: Int? = nil, parts: [String: Int] = [:], earliestDay: Int? = nil, latestDay: Int? = nil,
                preferredTechnicians: [String] = [], excludedTechnicians: [String] = [],
                description: String? = nil, pinned: PinnedAssignment? = nil, demand: Double = 0,
                excludedProviders: [String] = [], requiredTools: [String] = [], crewSize: Int = 1,
                crewSkills: [[String: Int]] = []) {
        self.id = id
        self.customer = customer
        self.location = location
        self.duration = duration
        self.requiredSkills = requiredSkills
        self.timeWindows = timeWindows
        self.urgency = urgency
        self.priority = priority
        self.parts = parts
        self.requiredTools = requiredTools
        self.earliestDay = earliestDay
        self.latestDay = latestDay
        self.preferredTechnicians = preferredTechnicians
        self.excludedTechnicians = excludedTechnicians
        self.excludedProviders = excludedProviders
        self.description = description
        self.pinned = pinned
        self.demand = demand
        self.crewSize = crewSize
        self.crewSkills = crewSkills
    }

    /// Most technicians a job may need at once.
    public static let maximumCrewSize = 4

    /// Whether the job needs more than one technician at once.
    public var needsCrew: Bool { crewSize > 1 }

    /// The skills crew member `member` (0-based) must have: `crewSkills[member]`, or
    /// ``requiredSkills`` when the crew's skills are not given member by member.
    public func memberSkills(_ member: Int) -> [String: Int] {
        crewSkills.indices.contains(member) ? crewSkills[member] : requiredSkills
    }

    /// Whether `technician` has every required skill at the required level.
    public func isQualified(_ technician: Technician) -> Bool {
        requiredSkills.allSatisfy { (technician.skills[$0.key] ?? Int.min) >= $0.value }
    }
}

extension PinnedAssignment: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case technician, day, start }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        technician = try c.decode(String.self, forKey: .technician)
        let explicitDay = try c.decodeWholeNumberIfPresent(forKey: .day)
        start = try c.decodeTime(forKey: .start, day: explicitDay ?? 1, context: decoder.timeContext)
        day = explicitDay ?? (start.isFinite && abs(start) < 1e12 ? dayOf(start) : 1)
    }

    /// Encodes `{"technician": "t1", "day": 1, "start": "09:00"}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(technician, forKey: .technician)
        try c.encode(day, forKey: .day)
        try c.encodeTime(start, day: day, forKey: .start)
    }
}

extension Job: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, customer, location, duration, requiredSkills = "skills", timeWindows, urgency, priority, parts
        case earliestDay, latestDay, preferredTechnicians, excludedTechnicians, excludedProviders, description, pinned, demand
        case requiredTools, crewSize, crewSkills
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        customer = try c.decode(Customer.self, forKey: .customer)
        location = try c.decode(Location.self, forKey: .location)
        duration = try c.decode(Double.self, forKey: .duration)
        requiredSkills = try c.decodeWholeNumberMapIfPresent(forKey: .requiredSkills) ?? [:]
        timeWindows = try c.decodeIfPresent([TimeWindow].self, forKey: .timeWindows) ?? []
        urgency = try c.decodeIfPresent(Urgency.self, forKey: .urgency) ?? .normal
        priority = try c.decodeWholeNumberIfPresent(forKey: .priority)
        parts = try c.decodeWholeNumberMapIfPresent(forKey: .parts) ?? [:]
        earliestDay = try c.decodeWholeNumberIfPresent(forKey: .earliestDay)
        latestDay = try c.decodeWholeNumberIfPresent(forKey: .latestDay)
        preferredTechnicians = try c.decodeIfPresent([String].self, forKey: .preferredTechnicians) ?? []
        excludedTechnicians = try c.decodeIfPresent([String].self, forKey: .excludedTechnicians) ?? []
        excludedProviders = try c.decodeIfPresent([String].self, forKey: .excludedProviders) ?? []
        description = try c.decodeIfPresent(String.self, forKey: .description)
        pinned = try c.decodeIfPresent(PinnedAssignment.self, forKey: .pinned)
        demand = try c.decodeIfPresent(Double.self, forKey: .demand) ?? 0
        requiredTools = try c.decodeIfPresent([String].self, forKey: .requiredTools) ?? []
        crewSize = try c.decodeWholeNumberIfPresent(forKey: .crewSize) ?? 1
        crewSkills = try c.decodeIfPresent([[String: Int]].self, forKey: .crewSkills) ?? []
    }

    /// Encodes the input format; `requiredTools` only when the job needs a tool, `crewSize`
    /// and `crewSkills` only for a crew.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(customer, forKey: .customer)
        try c.encode(location, forKey: .location)
        try c.encode(duration, forKey: .duration)
        try c.encode(requiredSkills, forKey: .requiredSkills)
        try c.encode(timeWindows, forKey: .timeWindows)
        try c.encode(urgency, forKey: .urgency)
        try c.encodeIfPresent(priority, forKey: .priority)
        try c.encode(parts, forKey: .parts)
        try c.encodeIfPresent(earliestDay, forKey: .earliestDay)
        try c.encodeIfPresent(latestDay, forKey: .latestDay)
        try c.encode(preferredTechnicians, forKey: .preferredTechnicians)
        try c.encode(excludedTechnicians, forKey: .excludedTechnicians)
        try c.encode(excludedProviders, forKey: .excludedProviders)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(pinned, forKey: .pinned)
        try c.encode(demand, forKey: .demand)
        if !requiredTools.isEmpty { try c.encode(requiredTools, forKey: .requiredTools) }
        if crewSize != 1 { try c.encode(crewSize, forKey: .crewSize) }
        if !crewSkills.isEmpty { try c.encode(crewSkills, forKey: .crewSkills) }
    }
}
