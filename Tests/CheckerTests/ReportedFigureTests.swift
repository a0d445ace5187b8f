import Checker
import FieldService
import Schedule
import Testing

@Suite("Reported figures and cost")
struct ReportedFigureTests {
    @Test("a wrong route cost is flagged")
    func wrongRouteCost() {
        var schedule = Plane.schedule
        schedule.routes[0].cost = 330
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.routeCostMismatch])
        #expect(violations.first?.entity == "technician t1 day 1")
    }

    @Test("a wrong plan cost is flagged")
    func wrongPlanCost() {
        var schedule = Plane.schedule
        schedule.kpis.cost = 1144
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.planCostMismatch])
        #expect(violations.first?.entity == "plan")
    }

    @Test("a big plan cost is compared with a relative tolerance")
    func relativeToleranceForBigCosts() {
        var problem = Plane.problem
        problem.objective.unassignedPenalty[.low] = 1e9
        var schedule = Plane.schedule
        let exact = 1144.5 - 500 + 1e9
        schedule.kpis.costs.unassigned = 1e9
        schedule.kpis.cost = exact + 0.5   // within 1e-9 relative
        #expect(Plane.check(schedule, problem: problem) == [])
        schedule.kpis.cost = exact + 5     // beyond it
        #expect(rules(Plane.check(schedule, problem: problem)) == [.planCostMismatch])
    }

    @Test("a wrong part of the cost breakdown is flagged")
    func wrongBreakdown() {
        var schedule = Plane.schedule
        schedule.kpis.costs.travel = 151
        schedule.kpis.costs.labour = 251
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.costBreakdownMismatch])
        #expect(violations.count == 2)
    }

    @Test("wrong route travel figures are flagged")
    func wrongRouteFigures() {
        var schedule = Plane.schedule
        schedule.routes[1].returnDistance = 29
        schedule.routes[1].travelTime = 59
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.routeFiguresMismatch])
        #expect(violations.count == 2)
    }

    @Test("a wrong overtime figure is flagged")
    func wrongOvertime() {
        var schedule = Plane.schedule
        schedule.routes[0].overtime = 0
        schedule.kpis.overtime = 0
        let found = rules(Plane.check(schedule))
        #expect(found == [.overtimeMismatch, .kpiMismatch])
    }

    @Test("wrong key figures are flagged")
    func wrongKeyFigures() {
        var schedule = Plane.schedule
        schedule.kpis.travelTime = 299
        schedule.kpis.distance = 301
        schedule.kpis.jobsPlaced = 3
        schedule.kpis.placedByUrgency = ["normal": 3, "low": 1]
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.kpiMismatch])
        #expect(violations.count == 4)
    }

    @Test("zero counts per urgency may be left out or written")
    func zeroUrgencyCountsAreEquivalent() {
        var schedule = Plane.schedule
        schedule.kpis.placedByUrgency = ["normal": 4, "emergency": 0]
        #expect(Plane.check(schedule) == [])
    }

    @Test("a lower bound above the cost is flagged")
    func lowerBoundAboveCost() {
        var schedule = Plane.schedule
        schedule.kpis.lowerBound = 1200
        schedule.kpis.gap = (1144.5 - 1200) / 1144.5
        #expect(rules(Plane.check(schedule)) == [.invalidLowerBound])
    }

    @Test("a consistent lower bound and gap are accepted")
    func lowerBoundAndGap() {
        var schedule = Plane.schedule
        schedule.kpis.lowerBound = 1000
        schedule.kpis.gap = 144.5 / 1144.5
        #expect(Plane.check(schedule) == [])
        schedule.kpis.gap = 0.5
        #expect(rules(Plane.check(schedule)) == [.kpiMismatch])
    }

    @Test("a preferred technician costs nothing, another one the preference price")
    func preferenceCost() {
        var problem = Plane.problem
        problem.jobs[1].preferredTechnicians = ["t2", "t1"]
        let cost = FeasibilityChecker(problem: problem).recomputedCost(of: Plane.schedule)
        #expect(cost.preference == 0)
        #expect(rules(Plane.check(Plane.schedule, problem: problem))
            == [.routeCostMismatch, .planCostMismatch, .costBreakdownMismatch])
    }

    @Test("lateness is charged per day after the earliest day, by urgency")
    func latenessByUrgency() {
        var problem = Plane.problem
        problem.jobs[5].urgency = .high
        #expect(FeasibilityChecker(problem: problem).recomputedCost(of: Plane.schedule).lateness == 400)
        problem.jobs[5].earliestDay = 2
        #expect(FeasibilityChecker(problem: problem).recomputedCost(of: Plane.schedule).lateness == 0)
    }

    @Test("the unassigned penalty adds the priority")
    func unassignedPenaltyWithPriority() {
        var problem = Plane.problem
        problem.jobs[3].priority = 3
        #expect(FeasibilityChecker(problem: problem).recomputedCost(of: Plane.schedule).unassigned == 800)
    }
}
