import FieldService

/// What one technician does on one day.
public struct Route: Sendable, Hashable, Codable {
    /// Technician id.
    public var technician: String
    /// Day of the horizon, 1-based.
    public var day: Int
    /// When the technician leaves the start location.
    public var departure: Minutes
    /// The visits in order.
    public var visits: [Visit]
    /// Breaks, in time order.
    public var breaks: [BreakPeriod]
    /// When the technician is back at the end location.
    public var returnTime: Minutes
    /// Minutes driving back from the last visit.
    public var returnTravelTime: Minutes
    /// Distance driven back from the last visit.
    public var returnDistance: Double
    /// Total minutes driving, including the way back.
    public var travelTime: Minutes
    /// Total distance, including the way back.
    public var distance: Double
    /// Minutes worked past the shift end.
    public var overtime: Minutes
    /// Cost of this route (travel, labour, overtime, preference).
    public var cost: Double

    public init(technician: String, day: Int, departure: Minutes, visits: [Visit], breaks: [BreakPeriod],
                returnTime: Minutes, returnTravelTime: Minutes, returnDistance: Double,
                travelTime: Minutes, distance: Double, overtime: Minutes, cost: Double) {
        self.technician = technician
        self.day = day
        self.departure = departure
        self.visits = visits
        self.breaks = breaks
        self.returnTime = returnTime
        self.returnTravelTime = returnTravelTime
        self.returnDistance = returnDistance
        self.travelTime = travelTime
        self.distance = distance
        self.overtime = overtime
        self.cost = cost
    }
}

extension Route {
    /// The visits that work on a job, in order (without depot pick-ups).
    public var jobVisits: [Visit] { visits.filter { $0.kind == .job } }
    /// Whether `visit` (of this route) is by the one who answers for the job: the
    /// technician working alone, or a crew's lead (who brings its parts and tools).
    /// Customer messages and parts go by these visits only.
    public func leads(_ visit: Visit) -> Bool { visit.crew.first.map { $0 == technician } ?? true }
    /// The job visits this route answers for (see ``leads(_:)``), in order.
    public var ledVisits: [Visit] { jobVisits.filter(leads) }
    /// The depot pick-ups of the route, in order.
    public var pickups: [Visit] { visits.filter { $0.kind == .depotPickup } }
}
