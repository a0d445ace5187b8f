import Checker
import FieldService
import Foundation
import Schedule
import Testing

@Suite("Van capacity, overtime budget and fixed cost")
struct CapacityTests {
    /// The plane problem with demands on t1's day-1 jobs (j1 10, j2 20) and a van of `capacity` for t1.
    static func loaded(capacity: Double?) -> Problem {
        var problem = Plane.problem
        problem.jobs[0].demand = 10
        problem.jobs[1].demand = 20
        problem.technicians[0].capacity = capacity
        return problem
    }

    @Test("a route loaded exactly to capacity is fine")
    func exactlyFull() {
        #expect(Plane.check(Plane.schedule, problem: Self.loaded(capacity: 30)) == [])
    }

    @Test("a route needing more than the van holds is flagged, naming the jobs")
    func overCapacity() {
        let violations = Plane.check(Plane.schedule, problem: Self.loaded(capacity: 25))
        #expect(rules(violations) == [.capacityExceeded])
        #expect(violations.count == 1)
        #expect(violations.first?.entity == "technician t1 day 1")
        #expect(violations.first?.message
            == "the visited jobs need 30 load units (j1 10, j2 20); the van of technician t1 holds 25")
    }

    @Test("a technician without a capacity has an unlimited van")
    func unlimited() {
        var problem = Self.loaded(capacity: nil)
        problem.jobs[1].demand = 1e9
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
    }

    @Test("the van is loaded afresh every day and unplaced jobs carry nothing")
    func perRoute() {
        var problem = Self.loaded(capacity: 30)
        problem.jobs[5].demand = 30   // j6, t1's only job on day 2
        problem.jobs[3].demand = 500  // j4, unassigned
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
        problem.technicians[1].capacity = 0   // t2's van holds nothing; j3 needs nothing
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
        problem.jobs[2].demand = 0.5
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.capacityExceeded])
        #expect(violations.first?.entity == "technician t2 day 1")
    }

    @Test("overtime within the budget is fine, beyond it is flagged")
    func overtimeBudget() {
        var problem = Plane.problem
        problem.overtimeBudget = 30   // the plan has 30 minutes (t1 day 1)
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
        problem.overtimeBudget = 20
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.overtimeBudgetExceeded])
        #expect(violations.first?.entity == "plan")
        #expect(violations.first?.message
            == "the routes use 30 minutes of overtime (technician t1 day 1 30); the budget is 20")
        problem.overtimeBudget = 0
        #expect(rules(Plane.check(Plane.schedule, problem: problem)) == [.overtimeBudgetExceeded])
    }

    @Test("the budget counts recomputed overtime, not the reported figure")
    func budgetUsesRecomputedOvertime() {
        var problem = Plane.problem
        problem.overtimeBudget = 20
        var schedule = Plane.schedule
        schedule.routes[0].overtime = 0
        schedule.kpis.overtime = 0
        #expect(rules(Plane.check(schedule, problem: problem)) == [.overtimeMismatch, .kpiMismatch, .overtimeBudgetExceeded])
    }

    /// The plane problem with fixed costs: 100 per working day for t1, 50 for t2.
    static var withFixedCosts: Problem {
        var problem = Plane.problem
        problem.technicians[0].fixedCost = 100
        problem.technicians[1].fixedCost = 50
        return problem
    }

    @Test("the fixed cost is charged once per route with a visit")
    func fixedCost() {
        let problem = Self.withFixedCosts
        let cost = FeasibilityChecker(problem: problem).recomputedCost(of: Plane.schedule)
        #expect(cost.fixed == 250)   // t1 on days 1 and 2, t2 on day 1
        #expect(cost.total == 1144.5 + 250)
        // A schedule that leaves the fixed cost out is caught at every level.
        #expect(rules(Plane.check(Plane.schedule, problem: problem))
            == [.routeCostMismatch, .planCostMismatch, .costBreakdownMismatch])

        var schedule = Plane.schedule
        schedule.routes[0].cost += 100
        schedule.routes[1].cost += 50
        schedule.routes[2].cost += 100
        schedule.kpis.costs.fixed = 250
        schedule.kpis.cost += 250
        #expect(Plane.check(schedule, problem: problem) == [])

        schedule.kpis.costs.fixed = 200
        let violations = Plane.check(schedule, problem: problem)
        #expect(rules(violations) == [.costBreakdownMismatch])
        #expect(violations.first?.message == "kpis.costs.fixed is 200, recomputed 250")
    }

    @Test("a route cost mismatch names the fixed part")
    func routeCostMessage() {
        let violations = Plane.check(Plane.schedule, problem: Self.withFixedCosts)
        let route = violations.first { $0.rule == .routeCostMismatch && $0.entity == "technician t2 day 1" }
        #expect(route?.message == "cost is 72, recomputed 122 (travel 30 + labour 42 + overtime 0 + preference 0 + fixed 50)")
    }

    @Test("an empty route costs no fixed cost")
    func emptyRouteHasNoFixedCost() {
        var problem = Self.withFixedCosts
        problem.technicians[1].shifts.append(Shift(day: 2, start: 1920, end: 2460))
        var schedule = Plane.schedule
        schedule.routes.append(Route(technician: "t2", day: 2, departure: 1920, visits: [], breaks: [],
                                     returnTime: 1920, returnTravelTime: 0, returnDistance: 0,
                                     travelTime: 0, distance: 0, overtime: 0, cost: 0))
        #expect(FeasibilityChecker(problem: problem).recomputedCost(of: schedule).fixed == 250)
    }

    @Test("the cost breakdown's total includes the fixed part, and old JSON without it reads as 0")
    func breakdownFixed() throws {
        let costs = CostBreakdown(travel: 1, labour: 2, fixed: 4)
        #expect(costs.total == 7)
        let data = try JSONEncoder().encode(costs)
        #expect(String(decoding: data, as: UTF8.self).contains(#""fixed":4"#))
        #expect(try JSONDecoder().decode(CostBreakdown.self, from: data) == costs)
        let old = #"{"travel": 1, "labour": 2, "overtime": 0, "unassigned": 0, "referral": 0, "lateness": 0, "preference": 0}"#
        #expect(try JSONDecoder().decode(CostBreakdown.self, from: Data(old.utf8)) == CostBreakdown(travel: 1, labour: 2))
    }
}
