/// Why a job was left out of the plan. The raw values are stable codes.
public enum UnassignedReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// No technician or partner provider has the required skills at the required levels.
    case noSkill = "no_skill"
    /// Technicians and providers with the skills exist, but the job excludes every one of
    /// them (or is pinned to one who cannot do it).
    case excluded = "excluded"
    /// No qualified technician works on a day the job may be done, or none can reach it
    /// inside its time windows and be back within the shift.
    case windowOutsideShifts = "window_outside_shifts"
    /// The parts cannot be at the job within the horizon.
    case partsUnavailable = "parts_unavailable"
    /// A tool the job needs is on no qualified technician's van and the depot has none
    /// to lend, or every depot unit is out with other technicians on the days it may be done.
    case toolUnavailable = "tool_unavailable"
    /// The job fits on its own, but every eligible technician is full with the more
    /// valuable jobs placed (or the load exceeds every van).
    case capacity = "capacity"
    /// A partner could take the job, but the referral budget is spent.
    case budget = "budget"
    /// The solver ran out of time before it could place the job.
    case timeLimit = "time_limit"
}

/// A job the plan does not place, with the reason.
public struct UnassignedJob: Sendable, Hashable, Codable {
    /// Job id.
    public var job: String
    /// The reason code.
    public var reason: UnassignedReason
    /// One sentence for the dispatcher.
    public var message: String
    /// For `parts_unavailable`: the part that cannot be there in time.
    public var part: String?
    /// For `parts_unavailable`: the earliest day (1-based) the part can be at the depot
    /// when ordered now; nil when no supplier sells it.
    public var availableDay: Int?
    /// For `capacity`: the technician who came closest to fitting the job in.
    public var technician: String?
    /// For `capacity`: how many minutes that technician's day is short of.
    public var minutesShort: Double?
    /// For `tool_unavailable`: the tool.
    public var tool: String?

    public init(job: String, reason: UnassignedReason, message: String, part: String? = nil, availableDay: Int? = nil,
                technician: String? = nil, minutesShort: Double? = nil, tool: String? = nil) {
        self.tool = tool
        self.job = job
        self.reason = reason
        self.message = message
        self.part = part
        self.availableDay = availableDay
        self.technician = technician
        self.minutesShort = minutesShort
    }
}

/// A job handed to a partner provider.
public struct Referral: Sendable, Hashable, Codable {
    /// Job id.
    public var job: String
    /// Provider id.
    public var provider: String
    /// Day the provider does it.
    public var day: Int
    /// What the provider charges.
    public var cost: Double
    /// Why the job is referred: `no_skill`, `no_capacity` or `cheaper`.
    public var reason: ReferralReason

    public init(job: String, provider: String, day: Int, cost: Double, reason: ReferralReason) {
        self.job = job
        self.provider = provider
        self.day = day
        self.cost = cost
        self.reason = reason
    }
}

/// Why a job went to a partner. The raw values are stable codes.
public enum ReferralReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// No technician may do the job (skills, or the job excludes them).
    case noSkill = "no_skill"
    /// Technicians could do it, but none has room for it on an allowed day.
    case noCapacity = "no_capacity"
    /// A technician could do it, but the partner costs less overall.
    case cheaper = "cheaper"
}

/// A technician's pick-up list at the depot before one day's shift.
public struct LoadingList: Sendable, Hashable, Codable {
    /// Technician id.
    public var technician: String
    /// Day of the shift (1-based).
    public var day: Int
    /// What to load, by part.
    public var items: [LoadingItem]
    /// Tools to borrow from the depot for the day (the van does not carry them).
    public var tools: [LoadingTool]

    public init(technician: String, day: Int, items: [LoadingItem], tools: [LoadingTool] = []) {
        self.technician = technician
        self.day = day
        self.items = items
        self.tools = tools
    }

    enum CodingKeys: String, CodingKey { case technician, day, items, tools }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        technician = try c.decode(String.self, forKey: .technician)
        day = try c.decode(Int.self, forKey: .day)
        items = try c.decodeIfPresent([LoadingItem].self, forKey: .items) ?? []
        tools = try c.decodeIfPresent([LoadingTool].self, forKey: .tools) ?? []
    }
}

/// One tool to borrow from the depot for a day.
public struct LoadingTool: Sendable, Hashable, Codable {
    /// Tool id.
    public var tool: String
    /// The day's jobs that need it (in visiting order).
    public var jobs: [String]

    public init(tool: String, jobs: [String]) {
        self.tool = tool
        self.jobs = jobs
    }
}

/// One part to take from the depot.
public struct LoadingItem: Sendable, Hashable, Codable {
    /// Part id.
    public var part: String
    /// Units to load.
    public var quantity: Int
    /// The day's jobs that use it (in visiting order).
    public var jobs: [String]

    public init(part: String, quantity: Int, jobs: [String]) {
        self.part = part
        self.quantity = quantity
        self.jobs = jobs
    }
}

/// An order to a supplier that the plan depends on.
public struct PurchaseOrder: Sendable, Hashable, Codable {
    /// Supplier id.
    public var supplier: String
    /// Part id.
    public var part: String
    /// Units ordered.
    public var quantity: Int
    /// Day the order is placed (0 = today, before the horizon).
    public var orderDay: Int
    /// Day the parts are at the depot.
    public var arrivalDay: Int
    /// Jobs that need these parts.
    public var jobs: [String]
    /// Price of the order.
    public var cost: Double
    /// For parts bought over the supplier's counter during the day: the technician who
    /// buys them there (at the route's pick-up stop, on `orderDay` = `arrivalDay`); nil
    /// for an order delivered to the depot.
    public var counterTechnician: String?

    public init(supplier: String, part: String, quantity: Int, orderDay: Int, arrivalDay: Int, jobs: [String], cost: Double,
                counterTechnician: String? = nil) {
        self.counterTechnician = counterTechnician
        self.supplier = supplier
        self.part = part
        self.quantity = quantity
        self.orderDay = orderDay
        self.arrivalDay = arrivalDay
        self.jobs = jobs
        self.cost = cost
    }
}

extension PurchaseOrder {
    enum CodingKeys: String, CodingKey { case supplier, part, quantity, orderDay, arrivalDay, jobs, cost, counterTechnician }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        supplier = try c.decode(String.self, forKey: .supplier)
        part = try c.decode(String.self, forKey: .part)
        quantity = try c.decode(Int.self, forKey: .quantity)
        orderDay = try c.decode(Int.self, forKey: .orderDay)
        arrivalDay = try c.decode(Int.self, forKey: .arrivalDay)
        jobs = try c.decode([String].self, forKey: .jobs)
        cost = try c.decode(Double.self, forKey: .cost)
        counterTechnician = try c.decodeIfPresent(String.self, forKey: .counterTechnician)
    }

    /// Encodes `counterTechnician` only for a counter purchase.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(supplier, forKey: .supplier)
        try c.encode(part, forKey: .part)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(orderDay, forKey: .orderDay)
        try c.encode(arrivalDay, forKey: .arrivalDay)
        try c.encode(jobs, forKey: .jobs)
        try c.encode(cost, forKey: .cost)
        try c.encodeIfPresent(counterTechnician, forKey: .counterTechnician)
    }
}
