import FieldPlan
import Foundation

// The JSON answers of `POST /v1/book` and `POST /v1/replan`: the same keys as
// `fieldplan book --format json` and `fieldplan replan --format json`.

/// `POST /v1/book`: the request's id and its options, best first.
struct BookingAnswer: Encodable {
    var request: String
    var options: [BookingRow]
}

/// One option with its arrival window and clock times for people.
struct BookingRow: Encodable {
    var technician: String
    var technicianName: String
    var day: Int
    var date: String?
    var arrival: Minutes
    var start: Minutes
    var windowStart: Minutes
    var windowEnd: Minutes
    var arrivalClock: String
    var window: String
    var addedCost: Double
    var after: String?
    var shiftedVisits: [String]
    var largestShift: Minutes
    var orders: [String]

    init(option: BookingOption, window: (start: Minutes, end: Minutes), horizon: Horizon) {
        technician = option.technician
        technicianName = option.technicianName
        day = option.day
        date = horizon.startDate.map { "\($0.adding(days: option.day - 1))" }
        arrival = option.arrival
        start = option.start
        windowStart = window.start
        windowEnd = window.end
        arrivalClock = formatClock(option.arrival)
        self.window = "\(formatClock(window.start))-\(formatClock(window.end))"
        addedCost = option.addedCost
        after = option.after
        shiftedVisits = option.shiftedVisits
        largestShift = option.largestShift
        orders = option.orders
    }
}

/// `POST /v1/replan`: the re-plan, its changed appointments and messages.
struct ReplanAnswer: Encodable {
    var now: Minutes
    var frozen: [String]
    var changes: [AppointmentChange]
    var windowPassed: [String]
    var unplaced: [UnassignedJob]
    var kpis: KPIs
    var notifications: [Message]
    var plan: Schedule
}
