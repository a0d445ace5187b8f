import Checker
import FieldService
import Schedule
import Testing

@Suite("The clock along a route")
struct TimingTests {
    @Test("arriving sooner than the drive allows is flagged")
    func arrivalTooEarlyForTravel() {
        var schedule = Plane.schedule
        schedule.routes[0].visits[0].arrival = 520
        schedule.routes[0].visits[0].wait = 20
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.arrivalTooEarly])
        #expect(violations.first?.entity == "job j1")
        #expect(violations.first?.message.contains("530") == true)
    }

    @Test("arriving just within the tolerance is accepted")
    func arrivalWithinTolerance() {
        var schedule = Plane.schedule
        schedule.routes[0].visits[0].arrival = 530 - 0.00005
        schedule.routes[0].visits[0].wait = 10 + 0.00005
        #expect(Plane.check(schedule) == [])
    }

    @Test("a break taken on the way delays the arrival")
    func breakOnTheWayDelaysArrival() {
        // t1 day 2 leaves 11:15, drives 20 minutes and lunches 11:30-12:00 on the way:
        // it cannot be at j6 before 12:05, so an arrival at 12:00 is too early.
        var schedule = Plane.schedule
        schedule.routes[2].departure = 2115
        schedule.routes[2].visits[0].arrival = 2160
        schedule.routes[2].visits[0].wait = 0
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.arrivalTooEarly])
        #expect(violations.first?.message.contains("30 minutes of break") == true)
    }

    @Test("a break on the way that leaves room for the drive is accepted")
    func breakOnTheWayWithRoom() {
        var schedule = Plane.schedule
        schedule.routes[2].departure = 2110
        schedule.routes[2].visits[0].arrival = 2160
        schedule.routes[2].visits[0].wait = 0
        #expect(Plane.check(schedule) == [])
    }

    @Test("a visit overlapping the previous one is flagged")
    func overlappingVisits() {
        var schedule = Plane.schedule
        let shift: Minutes = -20
        schedule.routes[0].visits[1].arrival += shift
        schedule.routes[0].visits[1].start = 590
        schedule.routes[0].visits[1].end = 680
        schedule.routes[0].visits[1].wait = 590 - (650 + shift)
        let violations = Plane.check(schedule)
        #expect(violations.contains { $0.rule == .overlappingVisits && $0.entity == "job j2" })
        #expect(rules(violations).contains(.arrivalTooEarly))
        #expect(rules(violations).contains(.outsideTimeWindow))
    }

    @Test("starting work before arriving is flagged")
    func startBeforeArrival() {
        var schedule = Plane.schedule
        schedule.routes[1].visits[0].arrival = 545
        schedule.routes[1].visits[0].wait = -5
        #expect(rules(Plane.check(schedule)) == [.startBeforeArrival])
    }

    @Test("a wait that is not start minus arrival is flagged")
    func waitMismatch() {
        var schedule = Plane.schedule
        schedule.routes[1].visits[0].wait = 0
        #expect(rules(Plane.check(schedule)) == [.waitMismatch])
    }

    @Test("an end that is not start plus the job's duration is flagged")
    func durationMismatch() {
        var problem = Plane.problem
        problem.jobs[2].duration = 40
        let found = rules(Plane.check(Plane.schedule, problem: problem))
        // Labour is priced on the job's real duration, so route and plan costs move too.
        #expect(found.contains(.durationMismatch))
        #expect(found.isSubset(of: [.durationMismatch, .routeCostMismatch, .planCostMismatch, .costBreakdownMismatch]))
    }

    @Test("service starting outside every time window is flagged")
    func startOutsideWindow() {
        var problem = Plane.problem
        problem.jobs[0].timeWindows = [TimeWindow(start: 560, end: 600), TimeWindow(start: 900, end: 960)]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.outsideTimeWindow])
        #expect(violations.first?.entity == "job j1")
    }

    @Test("a window constrains the start of service, not its end")
    func windowConstrainsStartOnly() {
        var problem = Plane.problem
        problem.jobs[1].timeWindows = [TimeWindow(start: 600, end: 650)]
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
    }

    @Test("a job without time windows may start any time")
    func noWindowsMeansAnyTime() {
        var problem = Plane.problem
        problem.jobs[0].timeWindows = []
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
    }

    @Test("returning sooner than the drive home allows is flagged")
    func returnTooEarly() {
        var schedule = Plane.schedule
        schedule.routes[1].returnTime = 610
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.returnTooEarly])
        #expect(violations.first?.entity == "technician t2 day 1")
    }

    @Test("the drive home must leave room for a break taken on the way")
    func returnMustIncludeBreak() {
        var schedule = Plane.schedule
        schedule.routes[0].returnTime = 860
        schedule.routes[0].overtime = 20
        schedule.routes[0].cost = 337.5 - 10 * 45 / 60
        schedule.kpis.overtime = 20
        schedule.kpis.cost = 1144.5 - 7.5
        schedule.kpis.costs.overtime = 15
        // 740 + 100 minutes driving + 30 minutes of lunch = 870.
        #expect(rules(Plane.check(schedule)) == [.returnTooEarly])
    }

    @Test("a reported leg that differs from the recomputed drive is flagged")
    func visitTravelMismatch() {
        var schedule = Plane.schedule
        schedule.routes[1].visits[0].distance = 31
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.visitTravelMismatch])
        #expect(violations.first?.entity == "job j3")
    }
}
