import FieldService
import Foundation
import Testing
import WhatIf

/// Each edit kind applied to a small base gives the expected problem; bad files and
/// references are errors that name the file, the edit and the field.
@Suite("What-if scenario edits")
struct ScenarioEditTests {
    static let base: Problem = {
        let home = Location(latitude: 42.96, longitude: -85.67)
        let anna = Technician(id: "anna", name: "Anna", skills: ["hvac": 2],
                              shifts: [Shift(day: 1, start: 480, end: 960), Shift(day: 2, start: 1920, end: 2400)],
                              start: home, vanStock: ["filter": 1])
        let ben = Technician(id: "ben", name: "Ben", skills: ["hvac": 1, "plumbing": 2],
                             shifts: [Shift(day: 1, start: 480, end: 960), Shift(day: 2, start: 1920, end: 2400)], start: home)
        let jobs = [
            Job(id: "j1", customer: Customer(name: "A"), location: Location(latitude: 42.97, longitude: -85.66), duration: 60,
                requiredSkills: ["hvac": 1], timeWindows: [TimeWindow(start: 540, end: 720)], parts: ["filter": 1],
                pinned: PinnedAssignment(technician: "anna", day: 1, start: 600)),
            Job(id: "j2", customer: Customer(name: "B"), location: Location(latitude: 42.95, longitude: -85.68), duration: 45,
                requiredSkills: ["plumbing": 1]),
        ]
        return Problem(name: "base", horizon: Horizon(startDate: CivilDate(year: 2026, month: 11, day: 23), days: 2),
                       parts: [Part(id: "filter", name: "Filter")], depot: Depot(stock: ["filter": 2]),
                       suppliers: [Supplier(id: "s1", name: "S", offers: [SupplierOffer(part: "filter", unitCost: 5)], leadTimeDays: 1)],
                       providers: [Provider(id: "p1", name: "P", skills: ["plumbing": 3], costPerJob: 100, jobsPerDay: 2)],
                       technicians: [anna, ben], jobs: jobs)
    }()

    func apply(_ edits: String) throws -> Problem {
        let json = #"{"name": "t", "edits": ["# + edits + "]}"
        let scenario = try WhatIfScenario.load(json: Data(json.utf8), for: Self.base, file: "t.json")
        return try scenario.applied(to: Self.base, file: "t.json")
    }

    func error(_ edits: String) -> String {
        do {
            _ = try apply(edits)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("technician_absent removes the days' shifts and unpins their confirmed visits")
    func absent() throws {
        let p = try apply(#"{"edit": "technician_absent", "technician": "anna", "days": [1]}"#)
        #expect(p.technician("anna")?.shifts.map(\.day) == [2])
        #expect(p.job("j1")?.pinned == nil)
        let all = try apply(#"{"edit": "technician_absent", "technician": "ben"}"#)
        #expect(all.technician("ben")?.shifts.isEmpty == true)
        #expect(all.job("j1")?.pinned != nil, "Anna's pin stays")
    }

    @Test("technician_hours sets a day's shift; technician_added brings a new one")
    func hoursAndAdded() throws {
        let p = try apply(#"{"edit": "technician_hours", "technician": "ben", "day": 2, "start": "10:00", "end": "14:30"}"#)
        #expect(p.technician("ben")?.shifts.last == Shift(day: 2, start: 1440 + 600, end: 1440 + 870))
        let added = try apply(#"""
            {"edit": "technician_added", "technician": {"id": "cara", "name": "Cara", "skills": {"plumbing": 3},
             "shifts": [{"day": 1, "start": "08:00", "end": "16:00"}], "start": {"lat": 42.9, "lon": -85.6}}}
            """#)
        #expect(added.technicians.map(\.id) == ["anna", "ben", "cara"])
        #expect(added.technician("cara")?.shifts == [Shift(day: 1, start: 480, end: 960)])
    }

    @Test("technician_hours: a confirmed visit that no longer fits is planned anew; one that fits stays")
    func hoursUnpin() throws {
        // j1 is confirmed with Anna on day 1 at 10:00 for 60 minutes.
        let later = try apply(#"{"edit": "technician_hours", "technician": "anna", "day": 1, "start": "10:30", "end": "16:00"}"#)
        #expect(later.job("j1")?.pinned == nil)
        let shorter = try apply(#"{"edit": "technician_hours", "technician": "anna", "day": 1, "start": "08:00", "end": "10:30"}"#)
        #expect(shorter.job("j1")?.pinned == nil)
        let fits = try apply(#"{"edit": "technician_hours", "technician": "anna", "day": 1, "start": "09:00", "end": "11:00"}"#)
        #expect(fits.job("j1")?.pinned == PinnedAssignment(technician: "anna", day: 1, start: 600))
        let otherDay = try apply(#"{"edit": "technician_hours", "technician": "anna", "day": 2, "start": "12:00", "end": "13:00"}"#)
        #expect(otherDay.job("j1")?.pinned != nil)
    }

    @Test("hours that no longer meet a job's window are an answer (the job is left out), not an error")
    func windowOutsideShifts() throws {
        // j1 can only be done 09:00-12:00 on day 1; both technicians now start at 13:00.
        let p = try apply(#"{"edit": "technician_hours", "technician": "anna", "day": 1, "start": "13:00", "end": "17:00"}, "#
            + #"{"edit": "technician_hours", "technician": "ben", "day": 1, "start": "13:00", "end": "17:00"}"#)
        #expect(p.job("j1")?.pinned == nil)
        #expect(!p.validate().isEmpty, "plain input validation still flags the window")
        #expect(p.validate(windowsMustMeetShifts: false).isEmpty)
    }

    @Test("job edits: added, cancelled, urgency, window, duration")
    func jobs() throws {
        let added = try apply(#"""
            {"edit": "job_added", "job": {"id": "j3", "customer": {"name": "C"}, "location": {"lat": 42.9, "lon": -85.6},
             "duration": 30, "urgency": "emergency"}}
            """#)
        #expect(added.job("j3")?.urgency == .emergency)
        #expect(try apply(#"{"edit": "job_cancelled", "job": "j2"}"#).jobs.map(\.id) == ["j1"])
        #expect(try apply(#"{"edit": "job_urgency", "job": "j2", "urgency": "high"}"#).job("j2")?.urgency == .high)
        let window = try apply(#"{"edit": "job_window", "job": "j1", "timeWindows": [{"day": 2, "start": "13:00", "end": "15:00"}]}"#)
        #expect(window.job("j1")?.timeWindows == [TimeWindow(start: 1440 + 780, end: 1440 + 900)])
        #expect(window.job("j1")?.pinned == nil, "the confirmed time is outside the new hours")
        #expect(try apply(#"{"edit": "job_duration", "job": "j2", "factor": 2}"#).job("j2")?.duration == 90)
        #expect(try apply(#"{"edit": "job_duration", "job": "j2", "minutes": 20}"#).job("j2")?.duration == 20)
    }

    @Test("parts, suppliers, travel, providers and prices")
    func world() throws {
        #expect(try apply(#"{"edit": "part_stock", "part": "filter", "quantity": 0}"#).depot.stock["filter"] == 0)
        #expect(try apply(#"{"edit": "part_stock", "part": "filter", "technician": "ben", "quantity": 3}"#)
            .technician("ben")?.vanStock["filter"] == 3)
        #expect(try apply(#"{"edit": "supplier_delay", "supplier": "s1", "days": 2}"#).suppliers[0].leadTimeDays == 3)
        #expect(try apply(#"{"edit": "travel_slowdown", "factor": 1.5}"#).travel == .haversine(roadFactor: 1.3, speedKmh: 30))
        #expect(try apply(#"{"edit": "provider_unavailable", "provider": "p1"}"#).providers[0].jobsPerDay == 0)
        let prices = try apply(#"{"edit": "objective", "set": {"costPerKm": 0.9, "unassignedPenalty": {"low": 50}}}"#)
        #expect(prices.objective.costPerKm == 0.9 && prices.objective.unassignedPenalty[.low] == 50)
        #expect(prices.objective.unassignedPenalty[.high] == Self.base.objective.unassignedPenalty[.high])
    }

    @Test("edits apply in order, and the result is checked as input")
    func orderAndValidation() throws {
        let p = try apply(#"{"edit": "job_cancelled", "job": "j2"}, {"edit": "job_urgency", "job": "j1", "urgency": "low"}"#)
        #expect(p.jobs.map(\.id) == ["j1"] && p.jobs[0].urgency == .low)
        #expect(error(#"{"edit": "job_cancelled", "job": "j2"}, {"edit": "job_cancelled", "job": "j2"}"#)
            == #"t.json: edits[1].job: unknown job "j2""#)
        // Nobody left who can do plumbing on any day: still valid input (the planner leaves j2 out).
        #expect(error(#"{"edit": "job_duration", "job": "j2", "minutes": 100000}"#).hasPrefix("t.json: the edited problem is not valid"))
    }

    @Test("bad files, unknown edits, fields and references are named")
    func errors() {
        #expect(error(#"{"edit": "technician_absnt", "technician": "anna"}"#)
            == #"t.json: edits[0].edit: unknown edit "technician_absnt" (did you mean "technician_absent"?)"#)
        #expect(error(#"{"edit": "technician_sick", "technician": "anna"}"#).hasPrefix(
            #"t.json: edits[0].edit: unknown edit "technician_sick"; known: technician_absent, technician_hours"#))
        #expect(error(#"{"edit": "technician_absent", "technican": "anna"}"#)
            == #"t.json: edits[0].technican: unknown field "technican" (did you mean "technician"?)"#)
        #expect(error(#"{"edit": "technician_absent", "technician": "zoe"}"#) == #"t.json: edits[0].technician: unknown technician "zoe""#)
        #expect(error(#"{"edit": "job_urgency", "job": "j1"}"#) == #"t.json: edits[0].urgency: required field "urgency" is missing"#)
        #expect(error(#"{"edit": "travel_slowdown", "factor": -1}"#) == "t.json: edits[0].factor: must be a positive number, got -1.0")
        #expect(error(#"{"edit": "part_stock", "part": "bolt", "quantity": 1}"#) == #"t.json: edits[0].part: unknown part "bolt""#)
        #expect(error(#"{"edit": "supplier_delay", "supplier": "s9", "days": 1}"#) == #"t.json: edits[0].supplier: unknown supplier "s9""#)
        #expect(error(#"{"edit": "job_duration", "job": "j1"}"#) == "t.json: edits[0].minutes: give either minutes or factor")
        #expect(throws: WhatIfError.self) { try WhatIfScenario.load(json: Data("not json".utf8), for: Self.base) }
    }
}
