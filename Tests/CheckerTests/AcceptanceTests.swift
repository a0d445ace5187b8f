import Checker
import FieldService
import Schedule
import Testing

@Suite("A correct plan")
struct AcceptanceTests {
    @Test("the fixtures are valid problems")
    func fixturesAreValid() {
        #expect(Plane.problem.validate().isEmpty)
        #expect(Equator.problem.validate().isEmpty)
        #expect(Grid.problem.validate().isEmpty)
    }

    @Test("the hand-computed plane plan has no violations")
    func handComputedPlanIsAccepted() {
        #expect(Plane.check(Plane.schedule) == [])
    }

    @Test("the recomputed cost is the hand-computed breakdown")
    func recomputedCostMatchesHandComputation() {
        let cost = FeasibilityChecker(problem: Plane.problem).recomputedCost(of: Plane.schedule)
        #expect(cost == Plane.costs)
        #expect(cost.total == 1144.5)
    }

    @Test("a plan with nothing placed costs the penalties and the referral")
    func emptyPlanCostsPenalties() {
        let schedule = Schedule(
            routes: [],
            unassigned: ["j1", "j2", "j3", "j4", "j6"].map {
                UnassignedJob(job: $0, reason: .capacity, message: "")
            },
            referrals: [Referral(job: "j5", provider: "p1", day: 1, cost: 120, reason: .noSkill)],
            kpis: kpis(cost: 4 * 1_500 + 500 + 120, costs: breakdown(unassigned: 6_500, referral: 120),
                       travelTime: 0, distance: 0, overtime: 0, placed: 0, referred: 1, unassigned: 5,
                       placedByUrgency: [:], unassignedByUrgency: ["normal": 4, "low": 1]))
        let violations = Plane.check(schedule)
        // Only the pinned job complains: it must be on t2's route.
        #expect(rules(violations) == [.pinnedMoved])
    }

    @Test("checking twice gives the same violations in the same order")
    func checkingIsDeterministic() {
        var schedule = Plane.schedule
        schedule.routes[0].visits[0].arrival = 500
        schedule.routes[1].cost = 1
        schedule.kpis.travelTime = 0
        let first = Plane.check(schedule)
        #expect(first.count >= 3)
        #expect(Plane.check(schedule) == first)
    }

    @Test("a violation describes itself as rule, entity and message")
    func violationDescription() {
        let violation = Violation(rule: .missingJob, entity: "job j9", message: "not anywhere")
        #expect(violation.description == "missing_job: job j9: not anywhere")
    }

    @Test("rule codes are unique snake_case")
    func ruleCodesAreStable() {
        let codes = Rule.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.allSatisfy { $0.isLowercase || $0 == "_" }, "\(code)")
        }
        #expect(Rule.partsShortfall.rawValue == "parts_shortfall")
        #expect(Rule.arrivalTooEarly.rawValue == "arrival_too_early")
    }

    @Test("non-finite reported figures are always flagged")
    func notANumberIsFlagged() {
        var schedule = Plane.schedule
        schedule.routes[1].visits[0].start = .nan
        let found = rules(Plane.check(schedule))
        #expect(found.contains(.startBeforeArrival))
        #expect(found.contains(.durationMismatch))
        #expect(found.contains(.pinnedMoved))
    }
}
