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
    /// around the arrival (``Notify/ArrivalWindow`` in the `FieldPlan` module).
    public var arrival: Minutes
    public var start: Minutes
    /// What the plan costs more with the job here: travel, labour, overtime, lateness,
    /// preference, the technician's day if it was free, and parts to order.
    public var addedCost: Double
    /// The visit it follows on that day (nil: the first visit of the day).
    public var after: String?
    /// Visits of that day whose times shift, with the largest shift in minutes (a later
    /// visit can only move later; earlier ones keep their times).
    public var shiftedVisits: [String]
    public var largestShift: Minutes
    /// Parts the job needs that must be ordered for this option.
    public var orders: [String]

    public init(technician: String, technicianName: String, day: Int, arrival: Minutes, start: Minutes,
                addedCost: Double, after: String?, shiftedVisits: [String], largestShift: Minutes, orders: [String]) {
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
    }
}
