import FieldService
import Foundation
import Planner
import Schedule
import Testing
@testable import WhatIf

/// What-if diffs and re-plans of plans with depot pick-ups.
@Suite("What-if and re-plan with depot pick-ups")
struct PickupWhatIfTests {
    static let depot = Location(latitude: 42.90, longitude: -85.70)

    static func problem(pickups: Bool = true) -> Problem {
        let tom = Technician(id: "tom", name: "Tom", skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                             start: Location(latitude: 42.96, longitude: -85.67))
        let ulla = Technician(id: "ulla", name: "Ulla", skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                              start: Location(latitude: 42.92, longitude: -85.62))
        let jobs = [
            Job(id: "a", customer: Customer(name: "A"), location: Location(latitude: 42.95, longitude: -85.65), duration: 45,
                requiredSkills: ["hvac": 1], parts: ["valve": 1]),
            Job(id: "b", customer: Customer(name: "B"), location: Location(latitude: 42.97, longitude: -85.66), duration: 30,
                requiredSkills: ["hvac": 1]),
        ]
        return Problem(name: "pick-ups", parts: [Part(id: "valve", name: "Valve")],
                       depot: Depot(location: depot, stock: ["valve": 10], pickup: pickups ? DepotPickup(handlingMinutes: 10) : nil),
                       technicians: [tom, ulla], jobs: jobs)
    }

    static func visit(_ job: String, _ at: Minutes) -> Visit {
        Visit(job: job, arrival: at, wait: 0, start: at, end: at + 30, travelTime: 10, distance: 5)
    }

    static func stop(_ at: Minutes) -> Visit {
        Visit.depotPickup(at: depot, arrival: at, wait: 0, start: at, end: at + 10, travelTime: 20, distance: 8,
                          items: [LoadingItem(part: "valve", quantity: 1, jobs: ["a"])], tools: [])
    }

    static func schedule(_ routes: [(String, [Visit])]) -> Schedule {
        Schedule(name: "pick-ups", routes: routes.map { technician, visits in
            Route(technician: technician, day: 1, departure: 480, visits: visits, breaks: [], returnTime: 900,
                  returnTravelTime: 10, returnDistance: 5, travelTime: 40, distance: 20, overtime: 0, cost: 50)
        }, unassigned: [], kpis: KPIs(cost: 0, costs: CostBreakdown(), travelTime: 0, distance: 0, overtime: 0, jobsPlaced: 2,
                                      jobsReferred: 0, jobsUnassigned: 0, placedByUrgency: [:], unassignedByUrgency: [:],
                                      lowerBound: nil, gap: nil, provenOptimal: false, solveSeconds: 0))
    }

    @Test("the depot is no placement: a pick-up that comes, goes or changes hands is no moved or newly placed job")
    func diff() {
        let problem = Self.problem()
        let base = Self.schedule([("tom", [Self.visit("a", 540), Self.visit("b", 600)])])
        let withStop = Self.schedule([("tom", [Self.stop(500), Self.visit("a", 540), Self.visit("b", 600)])])
        let otherStop = Self.schedule([("tom", [Self.visit("b", 600)]), ("ulla", [Self.stop(700), Self.visit("a", 740)])])
        #expect(WhatIfDiff.placements(withStop)[Visit.depotPickupID] == nil)
        let first = WhatIfDiff.result(name: "s", file: nil, description: nil, base: (problem, base), scenario: (problem, withStop),
                                      arrivalWindow: 120, seconds: 0, notifier: nil)
        #expect(first.moved.isEmpty && first.newlyPlaced.isEmpty && first.newlyUnplaced.isEmpty)
        let second = WhatIfDiff.result(name: "s", file: nil, description: nil, base: (problem, withStop),
                                       scenario: (problem, otherStop), arrivalWindow: 120, seconds: 0, notifier: nil)
        #expect(second.moved.map(\.job) == ["a"])
    }

    @Test("re-planning a plan with a pick-up: no unknown job, the depot is neither frozen nor a changed appointment")
    func replan() throws {
        let published = Self.schedule([("tom", [Self.stop(500), Self.visit("a", 540), Self.visit("b", 600)])])
        var options = PlanOptions(timeLimit: 30, seed: 1, iterations: 100)
        options.bound = .none
        let replanner = Replanner(options: options)
        let result = try replanner.replan(problem: Self.problem(), published: published, changes: [], now: 520)
        #expect(!result.frozen.contains(Visit.depotPickupID))
        #expect(!result.changes.contains { $0.job == Visit.depotPickupID })
        #expect(!result.notifications.contains { $0.recipient == Visit.depotPickupID })
        // A stop at the depot in a plan of a problem without pick-ups does not belong.
        #expect(throws: ReplanError.self) {
            _ = try replanner.replan(problem: Self.problem(pickups: false), published: published, changes: [], now: 520)
        }
    }
}
