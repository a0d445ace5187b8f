import FieldService

/// What a stop on a route is for.
public enum VisitKind: String, Sendable, Hashable, Codable {
    /// Work on a job (`"job"`).
    case job
    /// A stop at the depot to collect parts and tools for the jobs after it (`"depot_pickup"`).
    case depotPickup = "depot_pickup"
}

/// One stop on a route: travel there, maybe wait, then work (or, at a depot pick-up,
/// collect parts and tools).
public struct Visit: Sendable, Hashable, Codable {
    /// What the stop is for.
    public var kind: VisitKind
    /// The job done here; `"depot"` for a depot pick-up, `"counter"` for one at a supplier's counter.
    public var job: String
    /// When the technician gets there.
    public var arrival: Minutes
    /// `start - arrival`: minutes on site before work starts (waiting for the
    /// window, or a break taken on arrival; breaks are listed on the route).
    public var wait: Minutes
    /// When work starts.
    public var start: Minutes
    /// When work ends.
    public var end: Minutes
    /// Minutes driving from the previous stop.
    public var travelTime: Minutes
    /// Distance driven from the previous stop (km, or plane units).
    public var distance: Double
    /// Where a depot pick-up is (nil for jobs: the job has its location).
    public var location: Location?
    /// Parts collected at a depot pick-up, for the jobs after it (empty for jobs).
    public var items: [LoadingItem]
    /// Tools borrowed at a depot pick-up, for the jobs after it (empty for jobs).
    public var tools: [LoadingTool]
    /// For a pick-up at a supplier's counter: the supplier (id); nil at the depot.
    public var supplier: String?
    /// For a job done by a crew: the technicians of the crew (ids), the lead first, the
    /// same list on every member's visit; the lead brings the job's parts and tools.
    /// Empty for a job done alone.
    public var crew: [String]

    /// The id a depot pick-up visit carries in ``job``.
    public static let depotPickupID = "depot"
    /// The id a pick-up at a supplier's counter carries in ``job`` (``supplier`` names it).
    public static let counterPickupID = "counter"

    /// Whether this is a depot pick-up rather than a job.
    public var isPickup: Bool { kind == .depotPickup }

    public init(job: String, arrival: Minutes, wait: Minutes, start: Minutes, end: Minutes,
                travelTime: Minutes, distance: Double) {
        self.kind = .job
        self.job = job
        self.arrival = arrival
        self.wait = wait
        self.start = start
        self.end = end
        self.travelTime = travelTime
        self.distance = distance
        self.location = nil
        self.items = []
        self.tools = []
        self.crew = []
        self.supplier = nil
    }

    /// A depot pick-up at `location`, collecting `items` and `tools`.
    public static func depotPickup(at location: Location, arrival: Minutes, wait: Minutes, start: Minutes, end: Minutes,
                                   travelTime: Minutes, distance: Double, items: [LoadingItem],
                                   tools: [LoadingTool]) -> Visit {
        var visit = Visit(job: depotPickupID, arrival: arrival, wait: wait, start: start, end: end,
                          travelTime: travelTime, distance: distance)
        visit.kind = .depotPickup
        visit.location = location
        visit.items = items
        visit.tools = tools
        return visit
    }

    enum CodingKeys: String, CodingKey {
        case kind, job, arrival, wait, start, end, travelTime, distance, location, items, tools, crew, supplier
    }

    /// Decodes a visit; `kind` defaults to `"job"` (plans written before pick-ups).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(VisitKind.self, forKey: .kind) ?? .job
        job = try c.decode(String.self, forKey: .job)
        arrival = try c.decode(Minutes.self, forKey: .arrival)
        wait = try c.decode(Minutes.self, forKey: .wait)
        start = try c.decode(Minutes.self, forKey: .start)
        end = try c.decode(Minutes.self, forKey: .end)
        travelTime = try c.decode(Minutes.self, forKey: .travelTime)
        distance = try c.decode(Double.self, forKey: .distance)
        location = try c.decodeIfPresent(Location.self, forKey: .location)
        items = try c.decodeIfPresent([LoadingItem].self, forKey: .items) ?? []
        tools = try c.decodeIfPresent([LoadingTool].self, forKey: .tools) ?? []
        crew = try c.decodeIfPresent([String].self, forKey: .crew) ?? []
        supplier = try c.decodeIfPresent(String.self, forKey: .supplier)
    }

    /// Encodes `kind` always; `location`, `items` and `tools` only for a depot pick-up;
    /// `crew` only for a crew's visit.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(job, forKey: .job)
        try c.encode(arrival, forKey: .arrival)
        try c.encode(wait, forKey: .wait)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(travelTime, forKey: .travelTime)
        try c.encode(distance, forKey: .distance)
        if kind == .depotPickup {
            try c.encodeIfPresent(location, forKey: .location)
            try c.encode(items, forKey: .items)
            try c.encode(tools, forKey: .tools)
            try c.encodeIfPresent(supplier, forKey: .supplier)
        }
        if !crew.isEmpty { try c.encode(crew, forKey: .crew) }
    }
}

/// A break taken on a route.
public struct BreakPeriod: Sendable, Hashable, Codable {
    /// When it starts.
    public var start: Minutes
    /// When it ends.
    public var end: Minutes

    public init(start: Minutes, end: Minutes) {
        self.start = start
        self.end = end
    }
}
