import FieldService
import Foundation
import Planner
import Schedule
import Testing
@testable import WhatIf

/// What-if diffs and re-plans of plans with crews: a crew job is one placement.
@Suite("What-if and re-plan with crews")
struct CrewWhatIfTests {
    static let options: PlanOptions = {
        var options = PlanOptions(timeLimit: 30, seed: 1, iterations: 200)
        options.bound = .none
        return options
    }()

    static func tech(_ id: String, _ lat: Double) -> Technician {
        Technician(id: id, name: id.capitalized, skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                   start: Location(latitude: lat, longitude: -85.66))
    }

    /// Three technicians; `c` needs a crew of two, `a` and `b` one technician each.
    static func problem() -> Problem {
        let jobs = [
            Job(id: "a", customer: Customer(name: "A"), location: Location(latitude: 42.95, longitude: -85.65), duration: 45,
                requiredSkills: ["hvac": 1]),
            Job(id: "b", customer: Customer(name: "B"), location: Location(latitude: 42.97, longitude: -85.66), duration: 30,
                requiredSkills: ["hvac": 1]),
            Job(id: "c", customer: Customer(name: "C"), location: Location(latitude: 42.94, longitude: -85.64), duration: 90,
                requiredSkills: ["hvac": 1], timeWindows: [TimeWindow(start: 540, end: 600)], crewSize: 2),
        ]
        return Problem(name: "crews", technicians: [tech("tom", 42.96), tech("ulla", 42.92), tech("vic", 42.93)], jobs: jobs)
    }

    static func visit(_ job: String, _ at: Minutes, crew: [String] = []) -> Visit {
        var visit = Visit(job: job, arrival: at, wait: 0, start: at, end: at + 30, travelTime: 10, distance: 5)
        visit.crew = crew
        return visit
    }

    static func schedule(_ routes: [(String, [Visit])]) -> Schedule {
        Schedule(name: "crews", routes: routes.map { technician, visits in
            Route(technician: technician, day: 1, departure: 480, visits: visits, breaks: [], returnTime: 900,
                  returnTravelTime: 10, returnDistance: 5, travelTime: 40, distance: 20, overtime: 0, cost: 50)
        }, unassigned: [], kpis: KPIs(cost: 0, costs: CostBreakdown(), travelTime: 0, distance: 0, overtime: 0, jobsPlaced: 3,
                                      jobsReferred: 0, jobsUnassigned: 0, placedByUrgency: [:], unassignedByUrgency: [:],
                                      lowerBound: nil, gap: nil, provenOptimal: false, solveSeconds: 0))
    }

    @Test("a crew job is one placement with its crew; a crew change is one moved job; no crash on duplicate ids")
    func diff() {
        let problem = Self.problem()
        let base = Self.schedule([("tom", [Self.visit("a", 500), Self.visit("c", 560, crew: ["tom", "ulla"])]),
                                  ("ulla", [Self.visit("c", 560, crew: ["tom", "ulla"])]), ("vic", [Self.visit("b", 600)])])
        let placement = WhatIfDiff.placements(base)["c"]
        #expect(placement?.technician == "tom" && placement?.crew == ["tom", "ulla"] && placement?.arrival == 560)
        // Same crew, the other lead: not moved.
        let otherLead = Self.schedule([("tom", [Self.visit("a", 500), Self.visit("c", 560, crew: ["ulla", "tom"])]),
                                       ("ulla", [Self.visit("c", 560, crew: ["ulla", "tom"])]), ("vic", [Self.visit("b", 600)])])
        let same = WhatIfDiff.result(name: "s", file: nil, description: nil, base: (problem, base), scenario: (problem, otherLead),
                                     arrivalWindow: 120, seconds: 0, notifier: nil)
        #expect(same.moved.isEmpty && same.newlyPlaced.isEmpty && same.newlyUnplaced.isEmpty)
        // Vic instead of Ulla: the crew job moved, once.
        let otherCrew = Self.schedule([("tom", [Self.visit("a", 500), Self.visit("c", 560, crew: ["tom", "vic"])]),
                                       ("ulla", [Self.visit("b", 600)]), ("vic", [Self.visit("c", 560, crew: ["tom", "vic"])])])
        let changed = WhatIfDiff.result(name: "s", file: nil, description: nil, base: (problem, base),
                                        scenario: (problem, otherCrew), arrivalWindow: 120, seconds: 0, notifier: nil)
        #expect(changed.moved.map(\.job).sorted() == ["b", "c"])
        let moved = changed.moved.first { $0.job == "c" }
        #expect(moved?.from.crew == ["tom", "ulla"] && moved?.to.crew == ["tom", "vic"])
        // The same crew starting a little later: moved too.
        let later = Self.schedule([("tom", [Self.visit("a", 500), Self.visit("c", 570, crew: ["tom", "ulla"])]),
                                   ("ulla", [Self.visit("c", 570, crew: ["tom", "ulla"])]), ("vic", [Self.visit("b", 600)])])
        let shifted = WhatIfDiff.result(name: "s", file: nil, description: nil, base: (problem, base),
                                        scenario: (problem, later), arrivalWindow: 120, seconds: 0, notifier: nil)
        #expect(shifted.moved.map(\.job) == ["c"])
    }

    @Test("Placement's JSON has no crew key for a solo job and lists the crew for a crew job")
    func placementJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let solo = String(decoding: try encoder.encode(Placement(technician: "tom", provider: nil, day: 1, arrival: 500)),
                          as: UTF8.self)
        #expect(!solo.contains("crew"))
        let crew = String(decoding: try encoder.encode(Placement(technician: "tom", provider: nil, day: 1, arrival: 500,
                                                                 crew: ["tom", "ulla"])), as: UTF8.self)
        #expect(crew.contains("\"crew\":[\"tom\",\"ulla\"]"))
    }

    @Test("re-planning a plan with a crew: kept when nothing changed, before and after it started; never a crash")
    func replan() throws {
        let problem = Self.problem()
        let published = EnginePlanner(options: Self.options).plan(problem)
        let crewVisits = published.routes.flatMap(\.jobVisits).filter { $0.job == "c" }
        try #require(crewVisits.count == 2, "the planner placed the crew")
        let start = try #require(crewVisits.first?.start)
        let replanner = Replanner(options: Self.options)
        for now in [480.0, start + 10] {
            let result = try replanner.replan(problem: problem, published: published, changes: [], now: now)
            #expect(result.changes.isEmpty, "\(now): \(result.changes)")
            let again = result.schedule.routes.flatMap(\.jobVisits).filter { $0.job == "c" }
            #expect(Set(again.flatMap(\.crew)) == Set(crewVisits.flatMap(\.crew)))
            #expect(again.allSatisfy { $0.start == start })
            #expect(result.frozen.contains("c") == (now > start))
            // (The feasibility checker does not know crews yet: it would count `c` twice.)
            #expect(result.schedule.routes.flatMap(\.jobVisits).filter { $0.job == "c" }.count == 2)
        }
        // A member absent before the crew starts: the crew job is one change (or stays), no crash.
        let member = try #require(crewVisits.first?.crew.last)
        let result = try replanner.replan(problem: problem, published: published,
                                          changes: [.edit(.technicianAbsent(technician: member, days: [1]))], now: 480)
        #expect(result.changes.filter { $0.job == "c" }.count <= 1)
        #expect(!result.schedule.routes.contains { $0.technician == member && !$0.jobVisits.isEmpty })
    }
}
