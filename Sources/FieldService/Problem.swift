import Foundation

/// The days being planned.
public struct Horizon: Sendable, Hashable {
    /// Calendar date of day 1, when known (needed for ISO date-times in the input
    /// and for dates in messages).
    public var startDate: CivilDate?
    /// Number of days, at least 1. Day 1 is "tomorrow" in a nightly run.
    public var days: Int
    /// Clock time today (day 0, the day of the run) at which this plan's purchase
    /// orders go out. A supplier whose `orderCutoff` is earlier treats them as
    /// placed on day 1. Nil means before every cut-off.
    public var orderTime: Minutes?

    public init(startDate: CivilDate? = nil, days: Int = 1, orderTime: Minutes? = nil) {
        self.startDate = startDate
        self.days = days
        self.orderTime = orderTime
    }

    /// The day an order to `supplier` placed now counts as placed: 0 (today), or 1
    /// when `orderTime` is past the supplier's cut-off.
    public func orderDay(for supplier: Supplier) -> Int {
        guard let orderTime, let cutoff = supplier.orderCutoff else { return 0 }
        return orderTime > cutoff ? 1 : 0
    }

    /// The earliest day an order to `supplier` placed now is at the depot.
    public func arrivalDay(for supplier: Supplier) -> Int {
        orderDay(for: supplier) + supplier.leadTimeDays
    }

    /// The date of `day` (1-based), when the start date is known.
    public func date(ofDay day: Int) -> CivilDate? {
        startDate?.adding(days: day - 1)
    }

    /// `YYYY-MM-DDTHH:MM` for an absolute time, when the start date is known.
    public func localDateTime(_ time: Minutes) -> String? {
        guard let startDate, time.isFinite, abs(time) < 1e9 else { return nil }
        let day = dayOf(time)
        return "\(startDate.adding(days: day - 1))T\(formatClock(time))"
    }
}

extension Horizon: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case start, days, orderTime }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        if let text = try c.decodeIfPresent(String.self, forKey: .start) {
            guard let date = CivilDate(parsing: Substring(text)) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .start, in: c, debugDescription: "\"\(text)\" is not a date: use YYYY-MM-DD")
            }
            startDate = date
        } else {
            startDate = nil
        }
        days = try c.decodeWholeNumberIfPresent(forKey: .days) ?? 1
        orderTime = try c.decodeClockTimeIfPresent(forKey: .orderTime)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(startDate?.description, forKey: .start)
        try c.encode(days, forKey: .days)
        if let orderTime { try c.encodeClockTime(orderTime, forKey: .orderTime) }
    }
}

/// One planning problem: everything a dispatcher knows about the days to plan.
///
/// Build it in Swift with the memberwise initialiser, or read it from the JSON
/// format with ``Problem/load(json:)``; call ``validate()`` (or use `load`,
/// which does) before planning.
public struct Problem: Sendable, Hashable {
    /// A label for reports.
    public var name: String?
    /// The days being planned.
    public var horizon: Horizon
    /// The skill catalogue; when given, every skill named elsewhere must be in it.
    public var skills: [String]?
    /// The parts catalogue.
    public var parts: [Part]
    /// The tools catalogue.
    public var tools: [Tool]
    /// The depot and its shared stock.
    public var depot: Depot
    /// Parts suppliers.
    public var suppliers: [Supplier]
    /// Partner providers that can take referred jobs.
    public var providers: [Provider]
    /// The technicians.
    public var technicians: [Technician]
    /// The customer requests.
    public var jobs: [Job]
    /// How travel is computed.
    public var travel: TravelModel
    /// The prices of the objective.
    public var objective: ObjectiveWeights
    /// Most overtime minutes the plan may use, summed over all technicians and
    /// days (on top of each technician's own `overtime.maxMinutes`). Nil means no budget.
    public var overtimeBudget: Minutes?
    /// Most money the plan may spend on referrals to partner providers over the
    /// horizon. Nil means no budget.
    public var referralBudget: Double?

    public init(name: String? = nil, horizon: Horizon = Horizon(), skills: [String]? = nil, parts: [Part] = [],
                depot: Depot = Depot(), suppliers: [Supplier] = [], providers: [Provider] = [],
                technicians: [Technician], jobs: [Job], travel: TravelModel = .standard,
                objective: ObjectiveWeights = ObjectiveWeights(), overtimeBudget: Minutes? = nil,
                referralBudget: Double? = nil, tools: [Tool] = []) {
        self.name = name
        self.horizon = horizon
        self.skills = skills
        self.parts = parts
        self.tools = tools
        self.depot = depot
        self.suppliers = suppliers
        self.providers = providers
        self.technicians = technicians
        self.jobs = jobs
        self.travel = travel
        self.objective = objective
        self.overtimeBudget = overtimeBudget
        self.referralBudget = referralBudget
    }

    /// Most jobs one run plans (travel tables grow with the square of jobs + 2 x technicians).
    public static let maximumJobs = 5000
    /// Most technicians one run plans.
    public static let maximumTechnicians = 1000
    /// Most time windows one job may have.
    public static let maximumWindowsPerJob = 100

    /// The technician with `id`.
    public func technician(_ id: String) -> Technician? { technicians.first { $0.id == id } }
    /// The job with `id`.
    public func job(_ id: String) -> Job? { jobs.first { $0.id == id } }
    /// The part with `id`.
    public func part(_ id: String) -> Part? { parts.first { $0.id == id } }
    /// The supplier with `id`.
    public func supplier(_ id: String) -> Supplier? { suppliers.first { $0.id == id } }
    /// The tool with `id`.
    public func tool(_ id: String) -> Tool? { tools.first { $0.id == id } }
}

extension Problem: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, horizon, skills, parts, depot, suppliers, providers, technicians, jobs, travel, objective
        case overtimeBudget, referralBudget, tools
    }

    /// Decodes the JSON input format. Times in `"YYYY-MM-DDTHH:MM"` form need the
    /// decoder's time context; ``Problem/load(json:)`` sets it from `horizon.start`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        horizon = try c.decodeIfPresent(Horizon.self, forKey: .horizon) ?? Horizon()
        skills = try c.decodeIfPresent([String].self, forKey: .skills)
        parts = try c.decodeIfPresent([Part].self, forKey: .parts) ?? []
        depot = try c.decodeIfPresent(Depot.self, forKey: .depot) ?? Depot()
        suppliers = try c.decodeIfPresent([Supplier].self, forKey: .suppliers) ?? []
        providers = try c.decodeIfPresent([Provider].self, forKey: .providers) ?? []
        technicians = try c.decode([Technician].self, forKey: .technicians)
        jobs = try c.decodeIfPresent([Job].self, forKey: .jobs) ?? []
        travel = try c.decodeIfPresent(TravelModel.self, forKey: .travel) ?? .standard
        objective = try c.decodeIfPresent(ObjectiveWeights.self, forKey: .objective) ?? ObjectiveWeights()
        overtimeBudget = try c.decodeIfPresent(Double.self, forKey: .overtimeBudget)
        referralBudget = try c.decodeIfPresent(Double.self, forKey: .referralBudget)
        tools = try c.decodeIfPresent([Tool].self, forKey: .tools) ?? []
    }

    /// Encodes the input format; `tools` only when the catalogue has some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(horizon, forKey: .horizon)
        try c.encodeIfPresent(skills, forKey: .skills)
        try c.encode(parts, forKey: .parts)
        if !tools.isEmpty { try c.encode(tools, forKey: .tools) }
        try c.encode(depot, forKey: .depot)
        try c.encode(suppliers, forKey: .suppliers)
        try c.encode(providers, forKey: .providers)
        try c.encode(technicians, forKey: .technicians)
        try c.encode(jobs, forKey: .jobs)
        try c.encode(travel, forKey: .travel)
        try c.encode(objective, forKey: .objective)
        try c.encodeIfPresent(overtimeBudget, forKey: .overtimeBudget)
        try c.encodeIfPresent(referralBudget, forKey: .referralBudget)
    }
}
