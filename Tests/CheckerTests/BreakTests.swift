import Checker
import FieldService
import Schedule
import Testing

@Suite("Lunch breaks")
struct BreakTests {
    @Test("a working day with visits and no break is flagged")
    func missingBreak() {
        var schedule = Plane.schedule
        schedule.routes[0].breaks = []
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.missingBreak])
        #expect(violations.first?.entity == "technician t1 day 1")
    }

    @Test("a break outside the day's break window is flagged")
    func breakOutsideWindow() {
        // 13:40-14:10 is after the 11:30-13:30 window (still before the return at 14:30).
        var schedule = Plane.schedule
        schedule.routes[0].breaks = [BreakPeriod(start: 820, end: 850)]
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.breakOutsideWindow])
        #expect(violations.first?.entity == "technician t1 day 1")
    }

    @Test("the break window repeats on every day")
    func breakWindowOnDayTwo() {
        // Day 1's clock time on day 2 is a day too early.
        var schedule = Plane.schedule
        schedule.routes[2].breaks = [BreakPeriod(start: 690, end: 720)]
        let found = rules(Plane.check(schedule))
        #expect(found == [.breakOutsideWindow, .breakOutsideRoute])
    }

    @Test("a break overlapping a visit is flagged")
    func breakOverlapsVisit() {
        var schedule = Plane.schedule
        schedule.routes[0].breaks = [BreakPeriod(start: 720, end: 750)]
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.breakOverlapsVisit])
        #expect(violations.first?.message.contains("j2") == true)
    }

    @Test("a break shorter than the rule is flagged")
    func breakTooShort() {
        var schedule = Plane.schedule
        schedule.routes[0].breaks = [BreakPeriod(start: 740, end: 765)]
        #expect(rules(Plane.check(schedule)) == [.breakTooShort])
    }

    @Test("two breaks on one day are flagged")
    func twoBreaks() {
        var schedule = Plane.schedule
        schedule.routes[0].breaks = [BreakPeriod(start: 740, end: 770), BreakPeriod(start: 770, end: 800)]
        schedule.routes[0].returnTime = 900
        schedule.routes[0].overtime = 60
        schedule.routes[0].cost = 337.5 + 22.5
        schedule.kpis.overtime = 60
        schedule.kpis.cost += 22.5
        schedule.kpis.costs.overtime += 22.5
        #expect(rules(Plane.check(schedule)) == [.unexpectedBreak])
    }

    @Test("a break for a technician without a break rule is flagged")
    func breakWithoutRule() {
        var schedule = Plane.schedule
        schedule.routes[1].breaks = [BreakPeriod(start: 585, end: 600)]
        schedule.routes[1].returnTime = 630
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.unexpectedBreak])
        #expect(violations.first?.entity == "technician t2 day 1")
    }

    @Test("a break after the technician is back is flagged")
    func breakAfterReturn() {
        var problem = Plane.problem
        problem.technicians[0].lunchBreak = BreakRule(start: 690, end: 960, duration: 30)
        var schedule = Plane.schedule
        schedule.routes[0].breaks = [BreakPeriod(start: 880, end: 910)]
        // The drive home no longer includes the break, and the return stays at 14:30.
        #expect(rules(Plane.check(schedule, problem: problem)) == [.breakOutsideRoute])
    }
}
