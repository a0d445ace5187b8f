import Foundation

/// The JSON answer of `fieldplan book --format json` and `POST /v1/book`: the request's
/// id and its options, best first, each with the arrival window to tell the customer.
public struct BookingAnswer: Encodable, Sendable {
    public var request: String
    public var options: [Row]

    /// One option with its told window and clock times for people.
    public struct Row: Encodable, Sendable {
        public var technician: String
        public var technicianName: String
        public var day: Int
        public var date: String?
        public var arrival: Minutes
        public var start: Minutes
        public var windowStart: Minutes
        public var windowEnd: Minutes
        public var arrivalClock: String
        public var window: String
        public var addedCost: Double
        public var after: String?
        public var shiftedVisits: [String]
        public var largestShift: Minutes
        public var orders: [String]
        /// The visit handed to another technician-day to make room, with the window to tell its customer.
        public var moved: Moved?
    }

    /// A moved visit (``MovedVisit``) with its told window and clock times for people.
    public struct Moved: Encodable, Sendable {
        public var job: String
        public var fromTechnician: String
        public var fromDay: Int
        public var previousStart: Minutes
        public var technician: String
        public var technicianName: String
        public var day: Int
        public var after: String?
        public var arrival: Minutes
        public var start: Minutes
        public var windowStart: Minutes
        public var windowEnd: Minutes
        public var window: String
    }

    /// The answer for `request`'s `options`; windows are `arrivalWindow` minutes around the
    /// start of work, inside the customer's hours (``ArrivalWindow/around(_:width:within:)``);
    /// `problem` is the one the plan was made for (its horizon and the moved visits' hours).
    public init(request: Job, options: [BookingOption], arrivalWindow: Minutes, problem: Problem) {
        let horizon = problem.horizon
        self.request = request.id
        self.options = options.map { option in
            let moved = option.moved.map { m in
                let hours = problem.jobs.first { $0.id == m.job }?.timeWindows ?? []
                let told = ArrivalWindow.around(m.start, width: arrivalWindow, within: hours)
                return Moved(job: m.job, fromTechnician: m.fromTechnician, fromDay: m.fromDay, previousStart: m.previousStart,
                             technician: m.technician, technicianName: m.technicianName, day: m.day, after: m.after,
                             arrival: m.arrival, start: m.start, windowStart: told.start, windowEnd: told.end,
                             window: "\(formatClock(told.start))-\(formatClock(told.end))")
            }
            let window = ArrivalWindow.around(option.start, width: arrivalWindow, within: request.timeWindows)
            return Row(technician: option.technician, technicianName: option.technicianName, day: option.day,
                       date: horizon.startDate.map { "\($0.adding(days: option.day - 1))" },
                       arrival: option.arrival, start: option.start, windowStart: window.start, windowEnd: window.end,
                       arrivalClock: formatClock(option.arrival),
                       window: "\(formatClock(window.start))-\(formatClock(window.end))",
                       addedCost: option.addedCost, after: option.after, shiftedVisits: option.shiftedVisits,
                       largestShift: option.largestShift, orders: option.orders, moved: moved)
        }
    }
}

/// The JSON answer of `fieldplan replan --format json` and `POST /v1/replan`.
public struct ReplanAnswer: Encodable, Sendable {
    public var now: Minutes
    public var frozen: [String]
    public var changes: [AppointmentChange]
    public var windowPassed: [String]
    public var unplaced: [UnassignedJob]
    public var kpis: KPIs
    public var notifications: [Message]
    public var plan: Schedule

    /// The answer for a re-plan made at `now`.
    public init(_ result: ReplanResult, now: Minutes) {
        self.now = now
        frozen = result.frozen
        changes = result.changes
        windowPassed = result.windowPassed
        unplaced = result.schedule.unassigned
        kpis = result.schedule.kpis
        notifications = result.notifications
        plan = result.schedule
    }

    /// Minutes after midnight of a clock time "HH:MM" (as `--now` and the request's `now`
    /// take it), or nil.
    public static func clock(_ text: String) -> Minutes? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m),
              h * 60 + m <= 1440 else { return nil }
        return Minutes(h * 60 + m)
    }
}
