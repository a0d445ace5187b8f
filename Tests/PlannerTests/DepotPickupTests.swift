import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Small hand-made days with depot pick-ups (`depot.pickup`) whose right answer is
/// known: the technician starts at home and stops at the depot during the day, before
/// the first job that needs a part beyond the van's stock or a tool the van lacks.
///
/// The plane: home at x = 0, the depot at x = 20, speed 1, 1 per km, labour free; so a
/// plan's cost is its distance. The checker must accept every plan.
@Suite("Depot pick-ups")
struct DepotPickupTests {
    static let depot = Location(latitude: 0, longitude: 20)

    static func tech(van: [String: Int] = [:], tools: [String] = [], days: Int = 1) -> Technician {
        Technician(id: "t", name: "Tess", skills: ["hvac": 1],
                   shifts: (1...days).map { Shift(day: $0, start: absoluteTime(day: $0, clock: 480), end: absoluteTime(day: $0, clock: 960)) },
                   start: Location(latitude: 0, longitude: 0), vanStock: van, tools: tools)
    }

    /// A 30-minute job at x starting between `from` and `to` (clock minutes) on `day`.
    static func job(_ id: String, x: Double, from: Minutes, to: Minutes, day: Int = 1, parts: [String: Int] = [:],
                    tools: [String] = []) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: 0, longitude: x), duration: 30,
            requiredSkills: ["hvac": 1],
            timeWindows: [TimeWindow(start: absoluteTime(day: day, clock: from), end: absoluteTime(day: day, clock: to))],
            parts: parts, earliestDay: day, latestDay: day, requiredTools: tools)
    }

    static func problem(_ jobs: [Job], technician: Technician, stock: [String: Int] = [:], lends: [String: Int] = [:],
                        pickup: DepotPickup? = DepotPickup(handlingMinutes: 10), days: Int = 1) -> Problem {
        var weights = ObjectiveWeights(costPerKm: 1)
        weights.unassignedPenalty = [.emergency: 5000, .high: 5000, .normal: 5000, .low: 5000]
        return Problem(horizon: Horizon(days: days), parts: [Part(id: "valve", name: "Gas valve")],
                       depot: Depot(location: depot, stock: stock, tools: lends, pickup: pickup),
                       technicians: [technician], jobs: jobs, travel: .euclidean(speed: 1), objective: weights,
                       tools: [Tool(id: "drill", name: "Core drill")])
    }

    /// An early job at x = 10 (08:00-08:20), then a valve job at x = 30 (10:00-11:40);
    /// the depot holds one valve, the van `van`.
    static func earlyThenValve(van: [String: Int]) -> Problem {
        problem([job("early", x: 10, from: 480, to: 500), job("valve", x: 30, from: 600, to: 700, parts: ["valve": 1])],
                technician: tech(van: van), stock: ["valve": 1])
    }

    static func plan(_ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) -> Schedule {
        #expect(problem.validate().isEmpty, "\(problem.validate())", sourceLocation: sourceLocation)
        let schedule = EnginePlanner(options: PlanOptions(timeLimit: 20, seed: 1, iterations: 300)).plan(problem)
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
        return schedule
    }

    static func stops(_ schedule: Schedule) -> [String] {
        schedule.routes.flatMap(\.visits).map(\.job)
    }

    @Test("the valve is only at the depot: an early job first, then the depot, then the valve job (distance 60)")
    func midDayPickup() throws {
        let p = Self.earlyThenValve(van: [:])
        let schedule = Self.plan(p)
        #expect(Self.stops(schedule) == ["early", "depot", "valve"])
        #expect(abs(schedule.kpis.cost - 60) < 1e-6, "\(schedule.kpis.cost)")
        #expect(schedule.kpis.jobsPlaced == 2 && schedule.unassigned.isEmpty)
        let stop = try #require(schedule.routes.first?.visits[1])
        #expect(stop.kind == .depotPickup && stop.location == Self.depot)
        #expect(stop.items == [LoadingItem(part: "valve", quantity: 1, jobs: ["valve"])])
        #expect(stop.end - stop.start == 10)
        // Home 480 -> early at 490 (to 520) -> depot at 530 (to 540) -> valve at 550, waits to 600.
        #expect(stop.arrival == 530 && stop.start == 530)
        #expect(schedule.loadingLists == [LoadingList(technician: "t", day: 1, items: stop.items)])
    }

    @Test("the van carries the valve: no pick-up, no loading list")
    func vanCovers() {
        let p = Self.earlyThenValve(van: ["valve": 1])
        let schedule = Self.plan(p)
        #expect(Self.stops(schedule) == ["early", "valve"])
        #expect(schedule.routes.allSatisfy { $0.pickups.isEmpty })
        #expect(schedule.loadingLists.isEmpty)
    }

    @Test("one valve on the van for two valve jobs: the first lives on the van, the depot comes before the second")
    func secondUnit() throws {
        let p = Self.problem([Self.job("v1", x: 10, from: 480, to: 500, parts: ["valve": 1]),
                              Self.job("v2", x: 30, from: 600, to: 700, parts: ["valve": 1])],
                             technician: Self.tech(van: ["valve": 1]), stock: ["valve": 1])
        let schedule = Self.plan(p)
        #expect(Self.stops(schedule) == ["v1", "depot", "v2"])
        let stop = try #require(schedule.routes.first?.pickups.first)
        #expect(stop.items == [LoadingItem(part: "valve", quantity: 1, jobs: ["v2"])])
        #expect(abs(schedule.kpis.cost - 60) < 1e-6)
    }

    @Test("a tool the van lacks is borrowed at the pick-up")
    func toolPickup() throws {
        let p = Self.problem([Self.job("early", x: 10, from: 480, to: 500),
                              Self.job("core", x: 30, from: 600, to: 700, tools: ["drill"])],
                             technician: Self.tech(), lends: ["drill": 1])
        let schedule = Self.plan(p)
        #expect(Self.stops(schedule) == ["early", "depot", "core"])
        let stop = try #require(schedule.routes.first?.pickups.first)
        #expect(stop.tools == [LoadingTool(tool: "drill", jobs: ["core"])] && stop.items.isEmpty)
    }

    @Test("the van is restocked every night: one valve serves a job on each day; without pick-ups it serves one")
    func nightlyRestock() {
        let jobs = [Self.job("d1", x: 10, from: 480, to: 600, day: 1, parts: ["valve": 1]),
                    Self.job("d2", x: 10, from: 480, to: 600, day: 2, parts: ["valve": 1])]
        let restocked = Self.plan(Self.problem(jobs, technician: Self.tech(van: ["valve": 1], days: 2), days: 2))
        #expect(restocked.kpis.jobsPlaced == 2)
        #expect(restocked.routes.allSatisfy { $0.pickups.isEmpty })
        let onceStocked = Self.plan(Self.problem(jobs, technician: Self.tech(van: ["valve": 1], days: 2), pickup: nil, days: 2))
        #expect(onceStocked.kpis.jobsPlaced == 1)
        #expect(onceStocked.unassigned.map(\.reason) == [.partsUnavailable])
    }

    @Test("the depot opens at 10:00: a valve job that must start by 09:00 cannot be done; opening at 07:00 it can")
    func openingHours() {
        let job = Self.job("valve", x: 30, from: 480, to: 540, parts: ["valve": 1])
        let late = Self.plan(Self.problem([job], technician: Self.tech(), stock: ["valve": 1],
                                          pickup: DepotPickup(handlingMinutes: 10, opens: 600, closes: 1080)))
        #expect(late.kpis.jobsPlaced == 0 && late.unassigned.map(\.job) == ["valve"])
        let early = Self.plan(Self.problem([job], technician: Self.tech(), stock: ["valve": 1],
                                           pickup: DepotPickup(handlingMinutes: 10, opens: 420, closes: 1080)))
        #expect(Self.stops(early) == ["depot", "valve"])
        // Out 20 + 10, back 30.
        #expect(abs(early.kpis.cost - 60) < 1e-6)
    }

    @Test("the exact planner refuses depot pick-ups with a typed error")
    func exactRefuses() {
        let p = Self.problem([Self.job("valve", x: 30, from: 600, to: 700, parts: ["valve": 1])],
                             technician: Self.tech(), stock: ["valve": 1])
        #expect(throws: PlannerError.self) { try CompactMIPPlanner(options: PlanOptions(timeLimit: 5)).plan(p) }
    }

    @Test("JSON: a pick-up is kind depot_pickup with its location, items and tools; jobs are kind job")
    func json() throws {
        let p = Self.earlyThenValve(van: [:])
        let schedule = Self.plan(p)
        let data = try JSONEncoder().encode(schedule)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let routes = try #require(object["routes"] as? [[String: Any]])
        let visits = try #require(routes.first?["visits"] as? [[String: Any]])
        #expect(visits.map { $0["kind"] as? String } == ["job", "depot_pickup", "job"])
        #expect(visits[0]["items"] == nil && visits[0]["location"] == nil)
        #expect(visits[1]["job"] as? String == "depot")
        #expect((visits[1]["items"] as? [[String: Any]])?.first?["part"] as? String == "valve")
        #expect(visits[1]["location"] != nil && visits[1]["tools"] != nil)
        #expect(try JSONDecoder().decode(Schedule.self, from: data) == schedule)
        // Plans written before pick-ups (no kind) still load, as jobs.
        let old = #"{"job":"a","arrival":1,"wait":0,"start":1,"end":2,"travelTime":1,"distance":1}"#
        #expect(try JSONDecoder().decode(Visit.self, from: Data(old.utf8)).kind == .job)
    }

    @Test("the same input and seed give the same plan")
    func deterministic() {
        let p = Self.problem([Self.job("early", x: 10, from: 480, to: 500),
                              Self.job("v1", x: 25, from: 480, to: 900, parts: ["valve": 1]),
                              Self.job("v2", x: 35, from: 600, to: 700, parts: ["valve": 2], tools: ["drill"])],
                             technician: Self.tech(van: ["valve": 1]), stock: ["valve": 3], lends: ["drill": 1])
        let a = Self.plan(p), b = Self.plan(p)
        #expect(a.routes == b.routes && a.loadingLists == b.loadingLists && a.kpis.cost == b.kpis.cost)
        #expect(a.kpis.jobsPlaced == 3)
    }
}
