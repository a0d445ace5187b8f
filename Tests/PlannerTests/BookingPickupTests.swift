import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Booking against a plan with depot pick-ups: Tom's van carries no valves, so his day
/// starts at the depot; Ulla's van carries five.
@Suite("Booking options with depot pick-ups")
struct BookingPickupTests {
    static let depot = Location(latitude: 42.90, longitude: -85.70)

    static func problem(pickups: Bool = true) -> Problem {
        let tom = Technician(id: "tom", name: "Tom", skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                             start: Location(latitude: 42.96, longitude: -85.67))
        var ulla = Technician(id: "ulla", name: "Ulla", skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                              start: Location(latitude: 42.92, longitude: -85.62))
        ulla.vanStock = ["valve": 5]
        let jobs = [
            Job(id: "a", customer: Customer(name: "A"), location: Location(latitude: 42.95, longitude: -85.65), duration: 45,
                requiredSkills: ["hvac": 1], parts: ["valve": 1]),
            Job(id: "b", customer: Customer(name: "B"), location: Location(latitude: 42.97, longitude: -85.66), duration: 30,
                requiredSkills: ["hvac": 1]),
            Job(id: "c", customer: Customer(name: "C"), location: Location(latitude: 42.93, longitude: -85.69), duration: 30,
                requiredSkills: ["hvac": 1]),
        ]
        return Problem(name: "pick-ups", parts: [Part(id: "valve", name: "Valve")],
                       depot: Depot(location: depot, stock: ["valve": 10], pickup: pickups ? DepotPickup(handlingMinutes: 10) : nil),
                       technicians: [tom, ulla], jobs: jobs)
    }

    static func visit(_ job: String, _ at: Minutes) -> Visit {
        Visit(job: job, arrival: at, wait: 0, start: at, end: at + 30, travelTime: 10, distance: 5)
    }

    static func route(_ technician: String, _ visits: [Visit]) -> Route {
        Route(technician: technician, day: 1, departure: 480, visits: visits, breaks: [], returnTime: 700, returnTravelTime: 10,
              returnDistance: 5, travelTime: 40, distance: 20, overtime: 0, cost: 50)
    }

    static let stop = Visit.depotPickup(at: depot, arrival: 500, wait: 0, start: 500, end: 510, travelTime: 20, distance: 8,
                                        items: [LoadingItem(part: "valve", quantity: 1, jobs: ["a"])], tools: [])

    /// Tom: depot, a, b; Ulla: c.
    static func plan(tomVisits: [Visit] = [stop, visit("a", 540), visit("b", 600)]) -> Schedule {
        Schedule(name: "pick-ups", routes: [route("tom", tomVisits), route("ulla", [visit("c", 500)])], unassigned: [],
                 kpis: KPIs(cost: 0, costs: CostBreakdown(), travelTime: 0, distance: 0, overtime: 0, jobsPlaced: 3,
                            jobsReferred: 0, jobsUnassigned: 0, placedByUrgency: [:], unassignedByUrgency: [:],
                            lowerBound: nil, gap: nil, provenOptimal: false, solveSeconds: 0))
    }

    static func isStop(_ visit: Visit) -> Bool { visit.isPickup || visit.job.hasPrefix("\u{1}pickup") }

    /// Whether Tom's route (no valves on the van) stops at the depot before every job that needs one.
    static func keepsRule(_ schedule: Schedule, needsValve: Set<String>) -> Bool {
        for route in schedule.routes where route.technician == "tom" {
            let stop = route.visits.firstIndex(where: isStop)
            if let first = route.visits.firstIndex(where: { needsValve.contains($0.job) }) {
                guard let stop, stop < first else { return false }
            }
        }
        return true
    }

    @Test("a plan with a depot pick-up prepares; every option books, keeps the rule and moves no pick-up")
    func optionsKeepTheRule() throws {
        let problem = Self.problem()
        var advisor = try BookingAdvisor(problem: problem, schedule: Self.plan())
        for (request, needsValve) in [
            (Job(id: "r1", customer: Customer(name: "R"), location: Location(latitude: 42.94, longitude: -85.68), duration: 30,
                 requiredSkills: ["hvac": 1], parts: ["valve": 1]), Set(["a", "r1"])),
            (Job(id: "r2", customer: Customer(name: "R"), location: Location(latitude: 42.91, longitude: -85.69), duration: 30,
                 requiredSkills: ["hvac": 1]), Set(["a"])),
        ] {
            let options = try advisor.options(for: request, count: 6, separation: 1)
            #expect(!options.isEmpty, "\(request.id) fits somewhere")
            #expect(options.contains { $0.technician == "tom" }, "\(request.id) fits Tom's day")
            for option in options {
                #expect(option.moved?.job != Visit.depotPickupID)
                #expect(!option.shiftedVisits.contains(Visit.depotPickupID))
                #expect(!option.shiftedVisits.contains { $0.hasPrefix("\u{1}") })
                #expect(option.after.map { after in after == Visit.depotPickupID || problem.jobs.contains { $0.id == after } } ?? true)
                let booked = try advisor.booked(option, request: request)
                #expect(Self.keepsRule(booked.schedule, needsValve: needsValve), "\(option)")
                let visit = try #require(booked.schedule.routes.flatMap(\.visits).first { $0.job == request.id })
                #expect(abs(visit.start - option.start) < 1e-6, "\(option)")
            }
        }
    }

    @Test("a request needing a valve put first on Tom's day comes after the depot")
    func requestFirstNeedsTheStop() throws {
        var advisor = try BookingAdvisor(problem: Self.problem(), schedule: Self.plan())
        let request = Job(id: "r1", customer: Customer(name: "R"), location: Self.depot, duration: 30,
                          requiredSkills: ["hvac": 1], parts: ["valve": 1])
        let options = try advisor.options(for: request, count: 10, separation: 0, repair: false)
        for option in options where option.technician == "tom" {
            #expect(option.after != nil, "the request needs the stop before it: \(option)")
        }
    }

    @Test("a depot pick-up is no unknown job; plans that break the rule or stop without pick-ups are mismatches")
    func mismatches() throws {
        /// The advisor's error on `plan`, nil when it prepares.
        func failure(_ problem: Problem, _ plan: Schedule) -> String? {
            do {
                _ = try BookingAdvisor(problem: problem, schedule: plan)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(failure(Self.problem(), Self.plan()) == nil)
        let noPickups = failure(Self.problem(pickups: false), Self.plan())
        #expect(noPickups?.contains("depot") == true && noPickups?.contains("unknown job") == false, "\(noPickups ?? "")")
        let late = failure(Self.problem(), Self.plan(tomVisits: [Self.visit("a", 540), Self.visit("b", 600)]))
        #expect(late?.contains("pick-up") == true, "\(late ?? "")")
        // Without pick-ups in the problem, the plan without the stop is fine as before.
        #expect(throws: Never.self) {
            _ = try BookingAdvisor(problem: Self.problem(pickups: false),
                                   schedule: Self.plan(tomVisits: [Self.visit("a", 540), Self.visit("b", 600)]))
        }
    }
}
