import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Booking slots for a new request against a plan.
@Suite("Booking options")
struct BookingAdvisorTests {
    static let home = Location(latitude: 42.96, longitude: -85.67)

    static func plan(_ problem: Problem, iterations: Int = 300) -> Schedule {
        var options = PlanOptions(timeLimit: 60, seed: 1, iterations: iterations)
        options.bound = .none
        return EnginePlanner(options: options).plan(problem)
    }

    func expectChecked(_ booked: (problem: Problem, schedule: Schedule), sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = FeasibilityChecker(problem: booked.problem).check(booked.schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test("every option, booked into the plan, passes the independent checker; options are ranked by added cost")
    func optionsAreFeasibleAndRanked() throws {
        var problem = try bundledDay()
        let requests = Array(problem.jobs.suffix(3)).enumerated().map { k, job in
            var request = job
            request.id = "NEW-\(k)"
            request.pinned = nil
            return request
        }
        problem.jobs.removeLast(3)
        let plan = Self.plan(problem)
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        for request in requests {
            let options = try advisor.options(for: request, count: 4)
            #expect(!options.isEmpty, "\(request.id) fits somewhere")
            #expect(options.map(\.addedCost) == options.map(\.addedCost).sorted())
            for option in options {
                let booked = try advisor.booked(option, request: request)
                expectChecked(booked)
                let route = try #require(booked.schedule.routes.first { $0.technician == option.technician && $0.day == option.day })
                let visit = try #require(route.visits.first { $0.job == request.id })
                #expect(abs(visit.arrival - option.arrival) < 1e-6 && abs(visit.start - option.start) < 1e-6)
                // What the option says it adds is what the plan's cost grows by.
                #expect(abs(booked.schedule.kpis.cost - plan.kpis.cost - option.addedCost) < 1e-6 * max(1, plan.kpis.cost),
                        "\(booked.schedule.kpis.cost) - \(plan.kpis.cost) vs \(option.addedCost)")
                // The other visits keep their technician and day, but for a moved one.
                for other in plan.routes {
                    for v in other.visits where v.job != option.moved?.job {
                        #expect(booked.schedule.routes.contains { $0.technician == other.technician && $0.day == other.day
                            && $0.visits.contains { $0.job == v.job } })
                    }
                }
            }
            // The same question gives the same answer.
            #expect(try advisor.options(for: request, count: 4) == options)
        }
    }

    /// One technician, 08:00-12:00, and two two-hour jobs next door: the day is full.
    static func fullDay() -> Problem {
        let anna = Technician(id: "anna", name: "Anna", skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 720)], start: home)
        let jobs = ["a", "b"].map {
            Job(id: $0, customer: Customer(name: $0), location: home, duration: 120, requiredSkills: ["hvac": 1],
                timeWindows: [TimeWindow(start: 480, end: 720)])
        }
        return Problem(horizon: Horizon(days: 1), technicians: [anna], jobs: jobs)
    }

    @Test("a cancelled job frees a slot that the next booking query offers")
    func cancellationFreesSlot() throws {
        let problem = Self.fullDay()
        let plan = Self.plan(problem)
        #expect(plan.unassigned.isEmpty)
        let request = Job(id: "c", customer: Customer(name: "c"), location: Self.home, duration: 120,
                          requiredSkills: ["hvac": 1], timeWindows: [TimeWindow(start: 480, end: 720)])
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        #expect(try advisor.options(for: request).isEmpty, "the day is full")

        // Job b is cancelled: off the problem and off the plan.
        var cancelled = problem
        cancelled.jobs.removeAll { $0.id == "b" }
        var freed = plan
        for r in freed.routes.indices { freed.routes[r].visits.removeAll { $0.job == "b" } }
        var after = try BookingAdvisor(problem: cancelled, schedule: freed)
        let options = try after.options(for: request)
        let best = try #require(options.first)
        #expect(best.technician == "anna" && best.day == 1)
        expectChecked(try after.booked(best, request: request))
    }

    @Test("a part only a supplier has: the option is on the day it arrives, with the order")
    func partsOrdered() throws {
        let anna = Technician(id: "anna", name: "Anna", skills: ["hvac": 2],
                              shifts: [Shift(day: 1, start: 480, end: 960), Shift(day: 2, start: 1920, end: 2400)], start: Self.home)
        let problem = Problem(horizon: Horizon(days: 2), parts: [Part(id: "valve", name: "Valve")],
                              suppliers: [Supplier(id: "s", name: "S", offers: [SupplierOffer(part: "valve", unitCost: 40)], leadTimeDays: 2)],
                              technicians: [anna], jobs: [])
        let plan = Self.plan(problem)
        let request = Job(id: "v", customer: Customer(name: "v"), location: Location(latitude: 42.97, longitude: -85.66),
                          duration: 60, requiredSkills: ["hvac": 1], parts: ["valve": 1])
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        let options = try advisor.options(for: request)
        let best = try #require(options.first)
        #expect(options.allSatisfy { $0.day == 2 }, "ordered today, the valve arrives on day 2")
        #expect(best.orders == ["valve"])
        let booked = try advisor.booked(best, request: request)
        expectChecked(booked)
        #expect(booked.schedule.purchaseOrders.map(\.part) == ["valve"])
        #expect(best.addedCost >= 40)
    }

    @Test("options of one technician-day are at least the separation apart")
    func separation() throws {
        let problem = try bundledDay()
        var advisor = try BookingAdvisor(problem: problem, schedule: Self.plan(problem))
        var request = problem.jobs[0]
        request.id = "NEW"
        request.pinned = nil
        request.timeWindows = []
        let options = try advisor.options(for: request, count: 10, separation: 90)
        for (i, a) in options.enumerated() {
            for b in options[(i + 1)...] where a.technician == b.technician && a.day == b.day {
                #expect(abs(a.arrival - b.arrival) >= 90)
            }
        }
        #expect(try advisor.options(for: request, count: 0).isEmpty)
    }

    @Test("a bad request, a taken id and a plan of another problem are typed errors")
    func errors() throws {
        let problem = Self.fullDay()
        let plan = Self.plan(problem)
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        var taken = problem.jobs[0]
        taken.pinned = nil
        #expect(throws: BookingError.self) { try advisor.options(for: taken) }
        var broken = Job(id: "x", customer: Customer(name: "x"), location: Self.home, duration: -5)
        broken.requiredSkills = ["hvac": 1]
        do {
            _ = try advisor.options(for: broken)
            Issue.record("a negative duration is accepted")
        } catch {
            #expect(error.description.contains("request.duration"), "\(error)")
        }
        var foreign = plan
        if !foreign.routes.isEmpty { foreign.routes[0].visits[0].job = "ghost" }
        #expect(throws: BookingError.self) { try BookingAdvisor(problem: problem, schedule: foreign) }
        var twice = plan
        if let first = twice.routes.first?.visits.first { twice.routes[0].visits.append(first) }
        #expect(throws: BookingError.self) { try BookingAdvisor(problem: problem, schedule: twice) }
    }
}

extension BookingAdvisorTests {
    @Test("a shift limit keeps the other visits within that many minutes of their times")
    func shiftLimit() throws {
        var problem = try bundledDay()
        var request = try #require(problem.jobs.last)
        problem.jobs.removeLast()
        request.id = "NEW"
        request.pinned = nil
        let plan = Self.plan(problem)
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        let any = try advisor.options(for: request, count: 100, separation: 0, repair: false)
        let limited = try advisor.options(for: request, count: 10, separation: 0, maximumShift: 15, repair: false)
        #expect(!limited.isEmpty)
        #expect(limited.allSatisfy { $0.largestShift <= 15 + 1e-9 })
        // The limited answer is the unlimited one without the options that shift too much.
        #expect(limited == Array(any.filter { $0.largestShift <= 15 + 1e-9 }.prefix(10)))
        for option in limited {
            let booked = try advisor.booked(option, request: request)
            expectChecked(booked)
            let before = Dictionary(plan.routes.flatMap(\.visits).map { ($0.job, $0.start) }, uniquingKeysWith: { a, _ in a })
            for visit in booked.schedule.routes.flatMap(\.visits) where visit.job != request.id {
                #expect(abs(visit.start - (before[visit.job] ?? visit.start)) <= 15 + 1e-6)
            }
        }
    }
}

/// The quick local repair: a visit moves to another technician-day to make room.
extension BookingAdvisorTests {
    /// Anna (gas and hvac) is full with two hvac jobs; Ben (hvac only) is free. A gas
    /// request fits only if one hvac job goes to Ben.
    static func fullDayWithHelper(pinned: Bool = false) throws -> (Problem, Schedule, Job) {
        var problem = fullDay()
        problem.technicians[0].skills["gas"] = 1
        let plan = Self.plan(problem)
        #expect(plan.unassigned.isEmpty && plan.routes.flatMap(\.visits).count == 2)
        if pinned {
            for visit in plan.routes.flatMap(\.visits) {
                let i = try #require(problem.jobs.firstIndex { $0.id == visit.job })
                problem.jobs[i].pinned = PinnedAssignment(technician: "anna", day: 1, start: visit.start)
            }
        }
        problem.technicians.append(Technician(id: "ben", name: "Ben", skills: ["hvac": 1],
                                              shifts: [Shift(day: 1, start: 480, end: 720)],
                                              start: Location(latitude: 42.97, longitude: -85.66)))
        let request = Job(id: "gas", customer: Customer(name: "gas"), location: Self.home, duration: 120,
                          requiredSkills: ["gas": 1], timeWindows: [TimeWindow(start: 480, end: 720)])
        return (problem, plan, request)
    }

    @Test("a full day makes room by handing one visit to another technician; the booked plan passes the checker")
    func repairMovesOneVisit() throws {
        let (problem, plan, request) = try Self.fullDayWithHelper()
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        #expect(try advisor.options(for: request, repair: false).isEmpty, "no room as the plan stands")
        let options = try advisor.options(for: request, count: 3, separation: 0)
        let best = try #require(options.first)
        #expect(options.map(\.addedCost) == options.map(\.addedCost).sorted())
        #expect(best.technician == "anna" && best.day == 1)
        let moved = try #require(best.moved)
        #expect(["a", "b"].contains(moved.job))
        #expect(moved.fromTechnician == "anna" && moved.technician == "ben" && moved.day == 1)
        for option in options {
            let booked = try advisor.booked(option, request: request)
            expectChecked(booked)
            #expect(abs(booked.schedule.kpis.cost - plan.kpis.cost - option.addedCost) < 1e-6 * max(1, plan.kpis.cost))
            let movedVisit = try #require(option.moved)
            let ben = try #require(booked.schedule.routes.first { $0.technician == "ben" })
            let visit = try #require(ben.visits.first { $0.job == movedVisit.job })
            #expect(abs(visit.start - movedVisit.start) < 1e-6 && abs(visit.arrival - movedVisit.arrival) < 1e-6)
            #expect(booked.schedule.unassigned.isEmpty)
        }
        // The same question gives the same answer.
        #expect(try advisor.options(for: request, count: 3, separation: 0) == options)
        // An option whose move does not fit the plan is a typed error naming the move.
        var forged = best
        forged.moved?.technician = "anna"
        do {
            _ = try advisor.booked(forged, request: request)
            Issue.record("a move onto the same technician-day is accepted")
        } catch {
            #expect(error.description.contains("request.option.moved"), "\(error)")
        }
    }

    @Test("pinned visits are never moved to make room")
    func repairKeepsPinned() throws {
        let (problem, plan, request) = try Self.fullDayWithHelper(pinned: true)
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        #expect(try advisor.options(for: request, count: 3).isEmpty)
    }

    @Test("with a shift limit, a moved visit keeps its start within it too")
    func repairShiftLimit() throws {
        let (problem, plan, request) = try Self.fullDayWithHelper()
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        let any = try advisor.options(for: request, count: 5, separation: 0)
        #expect(any.contains { $0.moved.map { abs($0.start - $0.previousStart) > 0 } ?? false }, "a move changes a start")
        // Ben lives a few minutes away: job a can go to him at nearly its time.
        let limited = try advisor.options(for: request, count: 5, separation: 0, maximumShift: 10)
        #expect(!limited.isEmpty)
        for option in limited {
            let moved = try #require(option.moved)
            #expect(abs(moved.start - moved.previousStart) <= 10 + 1e-9 && option.largestShift <= 10 + 1e-9)
            expectChecked(try advisor.booked(option, request: request))
        }
    }

    @Test("on the bundled day, a request one busy technician must take: every option, moves included, passes the checker at its cost")
    func repairOnBundledDay() throws {
        let problem = try bundledDay()
        let plan = Self.plan(problem)
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        var repairs = 0
        for route in plan.routes where route.visits.count >= 3 {
            var request = try #require(problem.jobs.first { $0.id == route.visits[1].job })
            request.id = "NEW-\(route.technician)-\(route.day)"
            request.pinned = nil
            request.excludedTechnicians = problem.technicians.map(\.id).filter { $0 != route.technician }
            request.preferredTechnicians = []
            request.timeWindows = [TimeWindow(start: route.visits[1].start, end: route.visits[1].start + 30)]
            let options = try advisor.options(for: request, count: 4, separation: 0)
            #expect(options.map(\.addedCost) == options.map(\.addedCost).sorted())
            for option in options {
                #expect(option.technician == route.technician)
                repairs += option.moved == nil ? 0 : 1
                let booked = try advisor.booked(option, request: request)
                expectChecked(booked)
                #expect(abs(booked.schedule.kpis.cost - plan.kpis.cost - option.addedCost) < 1e-6 * max(1, plan.kpis.cost),
                        "\(booked.schedule.kpis.cost) - \(plan.kpis.cost) vs \(option.addedCost)")
                #expect(booked.schedule.unassigned.map(\.job).sorted() == plan.unassigned.map(\.job).sorted())
            }
        }
        #expect(repairs > 0, "some requests need a move")
    }
}
