import Checker
import FieldService
import Schedule
import Testing

@Suite("Routes lie inside shifts")
struct ShiftTests {
    static func emptyRoute(_ technician: String, day: Int, at time: Minutes) -> Route {
        Route(technician: technician, day: day, departure: time, visits: [], breaks: [],
              returnTime: time, returnTravelTime: 0, returnDistance: 0,
              travelTime: 0, distance: 0, overtime: 0, cost: 0)
    }

    @Test("an empty route on a working day needs no break and costs nothing")
    func emptyRouteIsFine() {
        var problem = Plane.problem
        problem.technicians[0].shifts.append(Shift(day: 3, start: 2880 + 480, end: 2880 + 1020))
        problem.horizon.days = 3
        var schedule = Plane.schedule
        schedule.routes.append(Self.emptyRoute("t1", day: 3, at: 2880 + 480))
        #expect(Plane.check(schedule, problem: problem) == [])
    }

    @Test("two routes for the same technician and day are flagged")
    func twoRoutesSameTechnicianDay() {
        var schedule = Plane.schedule
        schedule.routes.insert(Self.emptyRoute("t2", day: 1, at: 700), at: 2)
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.duplicateRoute])
        #expect(violations.first?.entity == "technician t2 day 1")
    }

    @Test("a route on a technician's day off is flagged")
    func routeOnDayOff() {
        var schedule = Plane.schedule
        schedule.routes.append(Self.emptyRoute("t2", day: 2, at: 1920))
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.noShift])
        #expect(violations.first?.entity == "technician t2 day 2")
    }

    @Test("routes listed out of day and technician order are flagged")
    func routesOutOfOrder() {
        var schedule = Plane.schedule
        schedule.routes.swapAt(0, 1)
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.routeOrder])
        #expect(violations.first?.entity == "technician t1 day 1")
    }

    @Test("coming back later than the overtime allowance is flagged")
    func returnBeyondOvertime() {
        var problem = Plane.problem
        problem.technicians[0].overtime?.maxMinutes = 20
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.returnAfterShift])
        #expect(violations.first?.entity == "technician t1 day 1")
    }

    @Test("coming back after the shift end without any overtime allowance is flagged")
    func returnAfterShiftWithoutOvertime() {
        var problem = Plane.problem
        problem.technicians[0].overtime = nil
        let found = rules(Plane.check(Plane.schedule, problem: problem))
        // Overtime is no longer paid either, so the costs move too.
        #expect(found.contains(.returnAfterShift))
        #expect(found.isSubset(of: [.returnAfterShift, .routeCostMismatch, .planCostMismatch, .costBreakdownMismatch]))
    }

    @Test("leaving before the shift starts is flagged, and so are visits before it")
    func departureBeforeShift() {
        var problem = Plane.problem
        problem.technicians[1].shifts[0].start = 550
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.departureBeforeShift, .visitOutsideShift])
        #expect(violations.first { $0.rule == .visitOutsideShift }?.entity == "job j3")
    }

    @Test("a visit ending after the shift end plus overtime is flagged")
    func visitAfterShiftEnd() {
        var problem = Plane.problem
        problem.technicians[1].shifts[0].end = 580
        let found = rules(Plane.check(Plane.schedule, problem: problem))
        #expect(found.contains(.visitOutsideShift))
        #expect(found.contains(.returnAfterShift))
    }
}
