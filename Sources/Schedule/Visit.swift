import FieldService

/// One stop on a route: travel there, maybe wait, then work.
public struct Visit: Sendable, Hashable, Codable {
    /// The job done here.
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

    public init(job: String, arrival: Minutes, wait: Minutes, start: Minutes, end: Minutes,
                travelTime: Minutes, distance: Double) {
        self.job = job
        self.arrival = arrival
        self.wait = wait
        self.start = start
        self.end = end
        self.travelTime = travelTime
        self.distance = distance
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
