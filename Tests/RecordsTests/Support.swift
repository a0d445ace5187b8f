import FieldService
import Foundation
import Records
import Schedule
import struct Schedule.Notification

/// Hand-made problems, schedules and notifications for the records tests.
enum Fixture {
    static let monday = date(2026, 11, 23)
    static let home = Location(latitude: 42.96, longitude: -85.67, address: "Depot")

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate {
        guard let value = CivilDate(year: y, month: m, day: d) else { preconditionFailure("bad test date") }
        return value
    }

    /// A fixed instant (whole seconds, as the database keeps milliseconds).
    static func instant(_ secondsAfter: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_795_000_000 + secondsAfter)
    }

    static func technician(_ id: String, skills: [String: Int]) -> Technician {
        Technician(id: id, name: "Tech \(id)", skills: skills, shifts: [Shift(day: 1, start: 480, end: 960)], start: home,
                   costPerHour: 40, contact: Contact(phone: "(616) 555-0100"))
    }

    static func job(_ id: String, skills: [String: Int] = [:]) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)", phone: "(616) 555-01\(id.count)"),
            location: Location(latitude: 42.97, longitude: -85.66, address: "\(id) Main St"), duration: 60,
            requiredSkills: skills, timeWindows: [TimeWindow(start: 540, end: 720)])
    }

    /// j1 (plumbing; pinned to t1, preferred t1, days 1-2), j2 (hvac + electrical),
    /// j3 and j5 (no skills).
    static func problem(extraJobs: [Job] = []) -> Problem {
        var j1 = job("j1", skills: ["plumbing": 1])
        j1.pinned = PinnedAssignment(technician: "t1", day: 1, start: 555)
        j1.preferredTechnicians = ["t1"]
        j1.earliestDay = 1
        j1.latestDay = 2
        return Problem(
            name: "Records fixture", horizon: Horizon(startDate: monday, days: 2),
            technicians: [technician("t1", skills: ["plumbing": 2, "hvac": 1, "electrical": 1]),
                          technician("t2", skills: ["plumbing": 1])],
            jobs: [j1, job("j2", skills: ["hvac": 1, "electrical": 1]), job("j3"), job("j5")] + extraJobs)
    }

    /// A one-route schedule; `shift` moves the visit (a changed plan).
    static func schedule(shift: Double = 0, solveSeconds: Double = 1.25, notifications: [Notification] = []) -> Schedule {
        let visit = Visit(job: "j1", arrival: 530 + shift, wait: 25, start: 555 + shift, end: 615 + shift,
                          travelTime: 12.5, distance: 8.25)
        let route = Route(technician: "t1", day: 1, departure: 517.5 + shift, visits: [visit], breaks: [],
                          returnTime: 627.5 + shift, returnTravelTime: 12.5, returnDistance: 8.25, travelTime: 25,
                          distance: 16.5, overtime: 0, cost: 61.4)
        let kpis = KPIs(cost: 61.4, costs: CostBreakdown(travel: 11.55, labour: 49.85), travelTime: 25, distance: 16.5,
                        overtime: 0, jobsPlaced: 1, jobsReferred: 0, jobsUnassigned: 3,
                        placedByUrgency: ["normal": 1], unassignedByUrgency: ["normal": 3],
                        lowerBound: nil, gap: nil, provenOptimal: false, solveSeconds: solveSeconds)
        return Schedule(name: "Records fixture", routes: [route],
                        unassigned: [UnassignedJob(job: "j2", reason: .capacity, message: "Full.", technician: "t1",
                                                   minutesShort: 25)],
                        notifications: notifications, kpis: kpis)
    }

    static func notification(_ id: String, sendDay: Int = 0, kind: String = "appointment_confirmation",
                             subject: String? = nil) -> Notification {
        Notification(
            id: id, kind: kind, recipient: "j1", channel: "sms", address: "(616) 555-0101",
            subject: subject ?? "Your visit (\(id))", body: "Hello, your technician comes at 09:15.\nThanks!",
            sendDay: sendDay,
            data: .object(["time": .string("09:15"), "minutes": .number(62.5), "confirmed": .bool(true),
                           "tags": .list([.string("a"), .null]), "nested": .object(["day": .number(1)])]),
            attachments: id.hasPrefix("sheet")
                ? [Attachment(filename: "t1-day1.ics", mediaType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")]
                : [])
    }

    /// A record of a complete visit.
    static func visit(_ job: String, _ day: CivilDate, _ technician: String, checkIn: String? = nil, checkOut: String? = nil,
                      travelMinutes: Double = 0, travelKm: Double = 0, labour: Double = 0, parts: Double = 0,
                      outcome: ServiceOutcome = .fixed, jobType: String? = nil, satisfaction: Int? = nil,
                      complaint: String? = nil) -> ServiceRecord {
        ServiceRecord(job: job, date: day, technician: technician, checkIn: checkIn.flatMap(clock), checkOut: checkOut.flatMap(clock),
                      travelMinutes: travelMinutes, travelKm: travelKm, partsUsed: [:], labourCost: labour, partsCost: parts,
                      outcome: outcome, jobType: jobType, satisfaction: satisfaction, complaint: complaint)
    }

    static func clock(_ text: String) -> Minutes? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return Minutes(parts[0] * 60 + parts[1])
    }
}

/// A database file in the temporary directory, removed (with its journal) afterwards.
struct TemporaryDatabase: ~Copyable {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-records-\(UUID().uuidString).sqlite").path
    }

    func open() throws -> RecordStore { try RecordStore(path: path) }

    deinit {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
