import FieldService

/// Where a new request could go in a plan: a technician's day, the arrival, and what it
/// adds to the plan's cost.
public struct BookingOption: Sendable, Hashable, Codable {
    /// The technician's id and name.
    public var technician: String
    public var technicianName: String
    /// Day of the horizon, 1-based.
    public var day: Int
    /// Planned arrival and start of work (horizon minutes). Promise the customer a window
    /// around the start of work (``Notify/ArrivalWindow`` in the `FieldPlan` module).
    public var arrival: Minutes
    public var start: Minutes
    /// What the plan costs more with the job here: travel, labour, overtime, lateness,
    /// preference, the technician's day if it was free, and parts to order (with a
    /// ``moved`` visit, what its move costs too).
    public var addedCost: Double
    /// The visit it follows on that day (nil: the first visit of the day; `"depot"`: the
    /// day's depot pick-up).
    public var after: String?
    /// Visits whose times shift but which keep their technician and day, with the largest
    /// shift in minutes (the moved visit and depot pick-ups are not among them).
    public var shiftedVisits: [String]
    public var largestShift: Minutes
    /// Parts the job needs that must be ordered for this option.
    public var orders: [String]
    /// The visit this option moves to another technician-day to make room (the quick
    /// local repair), or nil when the request fits as the plan stands.
    public var moved: MovedVisit?

    public init(technician: String, technicianName: String, day: Int, arrival: Minutes, start: Minutes,
                addedCost: Double, after: String?, shiftedVisits: [String], largestShift: Minutes, orders: [String],
                moved: MovedVisit? = nil) {
        self.technician = technician
        self.technicianName = technicianName
        self.day = day
        self.arrival = arrival
        self.start = start
        self.addedCost = addedCost
        self.after = after
        self.shiftedVisits = shiftedVisits
        self.largestShift = largestShift
        self.orders = orders
        self.moved = moved
    }
}

/// A visit of the plan that a booking option hands to another technician or day, so that
/// the request fits where the visit was.
public struct MovedVisit: Sendable, Hashable, Codable {
    /// The moved visit's job id.
    public var job: String
    /// Where it was: technician id, day and planned start of work.
    public var fromTechnician: String
    public var fromDay: Int
    public var previousStart: Minutes
    /// Where it goes: technician id and name, day, the visit it follows there (nil: the
    /// first of the day; `"depot"`: that day's depot pick-up), and its new arrival and
    /// start of work.
    public var technician: String
    public var technicianName: String
    public var day: Int
    public var after: String?
    public var arrival: Minutes
    public var start: Minutes

    public init(job: String, fromTechnician: String, fromDay: Int, previousStart: Minutes, technician: String,
                technicianName: String, day: Int, after: String?, arrival: Minutes, start: Minutes) {
        self.job = job
        self.fromTechnician = fromTechnician
        self.fromDay = fromDay
        self.previousStart = previousStart
        self.technician = technician
        self.technicianName = technicianName
        self.day = day
        self.after = after
        self.arrival = arrival
        self.start = start
    }
}
