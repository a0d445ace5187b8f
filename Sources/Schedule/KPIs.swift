/// The parts a plan's cost is made of.
public struct CostBreakdown: Sendable, Hashable, Codable {
    /// Distance x cost per km.
    public var travel: Double = 0
    /// Technicians' time travelling and working x their hourly cost.
    public var labour: Double = 0
    /// Overtime pay x overtime weight.
    public var overtime: Double = 0
    /// Penalties for jobs left unplaced.
    public var unassigned: Double = 0
    /// Partner prices x referral weight.
    public var referral: Double = 0
    /// Cost of jobs done after their earliest day.
    public var lateness: Double = 0
    /// Jobs not given to a preferred technician.
    public var preference: Double = 0
    /// Technicians' fixed cost per working day, for each route with at least one visit.
    public var fixed: Double = 0
    /// Price of the purchase orders.
    public var parts: Double = 0

    public init(travel: Double = 0, labour: Double = 0, overtime: Double = 0, unassigned: Double = 0,
                referral: Double = 0, lateness: Double = 0, preference: Double = 0, fixed: Double = 0, parts: Double = 0) {
        self.travel = travel
        self.labour = labour
        self.overtime = overtime
        self.unassigned = unassigned
        self.referral = referral
        self.lateness = lateness
        self.preference = preference
        self.fixed = fixed
        self.parts = parts
    }

    /// The sum of all parts.
    public var total: Double { travel + labour + overtime + unassigned + referral + lateness + preference + fixed + parts }

    enum CodingKeys: String, CodingKey {
        case travel, labour, overtime, unassigned, referral, lateness, preference, fixed, parts
    }

    /// Decodes a breakdown; `fixed` and `parts` may be absent (schedules written before
    /// they existed) and then are 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        travel = try c.decode(Double.self, forKey: .travel)
        labour = try c.decode(Double.self, forKey: .labour)
        overtime = try c.decode(Double.self, forKey: .overtime)
        unassigned = try c.decode(Double.self, forKey: .unassigned)
        referral = try c.decode(Double.self, forKey: .referral)
        lateness = try c.decode(Double.self, forKey: .lateness)
        preference = try c.decode(Double.self, forKey: .preference)
        fixed = try c.decodeIfPresent(Double.self, forKey: .fixed) ?? 0
        parts = try c.decodeIfPresent(Double.self, forKey: .parts) ?? 0
    }
}

/// Key figures of a plan.
public struct KPIs: Sendable, Hashable {
    /// Total cost (the objective).
    public var cost: Double
    /// What the cost is made of.
    public var costs: CostBreakdown
    /// Minutes driving.
    public var travelTime: Double
    /// Distance driven.
    public var distance: Double
    /// Minutes of overtime.
    public var overtime: Double
    /// Jobs placed on routes.
    public var jobsPlaced: Int
    /// Jobs referred to partners.
    public var jobsReferred: Int
    /// Jobs left unplaced.
    public var jobsUnassigned: Int
    /// Placed jobs per urgency (`emergency`, `high`, `normal`, `low`).
    public var placedByUrgency: [String: Int]
    /// Unplaced jobs per urgency.
    public var unassignedByUrgency: [String: Int]
    /// A proven lower bound on the cost, when one is known; nil means "no bound".
    public var lowerBound: Double?
    /// (cost - lowerBound) / cost, when a bound is known.
    public var gap: Double?
    /// Whether the plan is proven optimal (the gap closed).
    public var provenOptimal: Bool
    /// Wall-clock seconds spent planning.
    public var solveSeconds: Double

    public init(cost: Double, costs: CostBreakdown, travelTime: Double, distance: Double, overtime: Double,
                jobsPlaced: Int, jobsReferred: Int, jobsUnassigned: Int,
                placedByUrgency: [String: Int], unassignedByUrgency: [String: Int],
                lowerBound: Double?, gap: Double?, provenOptimal: Bool, solveSeconds: Double) {
        self.cost = cost
        self.costs = costs
        self.travelTime = travelTime
        self.distance = distance
        self.overtime = overtime
        self.jobsPlaced = jobsPlaced
        self.jobsReferred = jobsReferred
        self.jobsUnassigned = jobsUnassigned
        self.placedByUrgency = placedByUrgency
        self.unassignedByUrgency = unassignedByUrgency
        self.lowerBound = lowerBound
        self.gap = gap
        self.provenOptimal = provenOptimal
        self.solveSeconds = solveSeconds
    }
}

extension KPIs: Codable {
    enum CodingKeys: String, CodingKey {
        case cost, costs, travelTime, distance, overtime, jobsPlaced, jobsReferred, jobsUnassigned
        case placedByUrgency, unassignedByUrgency, lowerBound, gap, provenOptimal, solveSeconds
    }

    /// `lowerBound` and `gap` are always written, as `null` when there is no bound.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cost, forKey: .cost)
        try c.encode(costs, forKey: .costs)
        try c.encode(travelTime, forKey: .travelTime)
        try c.encode(distance, forKey: .distance)
        try c.encode(overtime, forKey: .overtime)
        try c.encode(jobsPlaced, forKey: .jobsPlaced)
        try c.encode(jobsReferred, forKey: .jobsReferred)
        try c.encode(jobsUnassigned, forKey: .jobsUnassigned)
        try c.encode(placedByUrgency, forKey: .placedByUrgency)
        try c.encode(unassignedByUrgency, forKey: .unassignedByUrgency)
        try c.encode(lowerBound, forKey: .lowerBound)
        try c.encode(gap, forKey: .gap)
        try c.encode(provenOptimal, forKey: .provenOptimal)
        try c.encode(solveSeconds, forKey: .solveSeconds)
    }
}
