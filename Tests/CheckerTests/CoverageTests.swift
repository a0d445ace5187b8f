import Checker
import FieldService
import Schedule
import Testing

@Suite("Every job exactly once, and only known ids")
struct CoverageTests {
    @Test("a job both visited and reported unassigned is a duplicate")
    func jobPlacedAndUnassigned() {
        var schedule = Plane.schedule
        schedule.unassigned.append(UnassignedJob(job: "j3", reason: .timeLimit, message: ""))
        let violations = Plane.check(schedule)
        let duplicate = violations.filter { $0.rule == .duplicateJob }
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.entity == "job j3")
        #expect(duplicate.first?.message.contains("unassigned") == true)
        // The counts and the penalty move with it.
        #expect(rules(violations).isSubset(of: [.duplicateJob, .kpiMismatch, .planCostMismatch, .costBreakdownMismatch]))
    }

    @Test("a job visited twice is a duplicate")
    func jobVisitedTwice() {
        var schedule = Plane.schedule
        schedule.routes[2].visits.append(
            Visit(job: "j6", arrival: 2210, wait: 0, start: 2210, end: 2240, travelTime: 0, distance: 0))
        let violations = Plane.check(schedule)
        #expect(violations.contains { $0.rule == .duplicateJob && $0.entity == "job j6" })
    }

    @Test("a job that is also referred is a duplicate")
    func jobVisitedAndReferred() {
        var schedule = Plane.schedule
        schedule.referrals.append(Referral(job: "j1", provider: "p1", day: 2, cost: 120, reason: .noSkill))
        #expect(Plane.check(schedule).contains { $0.rule == .duplicateJob && $0.entity == "job j1" })
    }

    @Test("a job in neither routes, referrals nor unassigned is missing")
    func jobMissing() {
        var schedule = Plane.schedule
        schedule.unassigned = []
        let violations = Plane.check(schedule)
        let missing = violations.filter { $0.rule == .missingJob }
        #expect(missing.map(\.entity) == ["job j4"])
        #expect(rules(violations).isSubset(of: [.missingJob, .kpiMismatch, .planCostMismatch, .costBreakdownMismatch]))
    }

    @Test("a route of an unknown technician is flagged")
    func unknownTechnician() {
        var schedule = Plane.schedule
        schedule.routes.append(Route(technician: "t9", day: 1, departure: 480, visits: [], breaks: [],
                                     returnTime: 480, returnTravelTime: 0, returnDistance: 0,
                                     travelTime: 0, distance: 0, overtime: 0, cost: 0))
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.unknownTechnician])
        #expect(violations.first?.entity == "technician t9 day 1")
    }

    @Test("an unknown job in the unassigned list is flagged")
    func unknownJob() {
        var schedule = Plane.schedule
        schedule.unassigned.append(UnassignedJob(job: "jx", reason: .timeLimit, message: ""))
        schedule.kpis.jobsUnassigned = 2
        #expect(rules(Plane.check(schedule)) == [.unknownJob])
    }

    @Test("a referral to an unknown provider is flagged")
    func unknownProvider() {
        var schedule = Plane.schedule
        schedule.referrals[0].provider = "p9"
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.unknownProvider])
        #expect(violations.first?.entity == "job j5")
    }

    @Test("a purchase order from an unknown supplier for an unknown part is flagged")
    func unknownSupplierAndPart() {
        let schedule = Plane.schedule(orders: [PurchaseOrder(supplier: "s9", part: "bolt", quantity: 1, orderDay: 0,
                                                             arrivalDay: 1, jobs: [], cost: 5)])
        #expect(rules(Plane.check(schedule)) == [.unknownSupplier, .unknownPart])
    }
}
