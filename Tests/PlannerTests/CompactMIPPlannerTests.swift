import Checker
import FieldService
import Planner
import Schedule
import Testing

@Suite("Compact MIP planner")
struct CompactMIPPlannerTests {
    let planner = CompactMIPPlanner(options: PlanOptions(timeLimit: 20, seed: 1))

    func expectAccepted(_ schedule: Schedule, _ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test("matches brute-force enumeration on tiny random days", arguments: 0..<40)
    func matchesBruteForce(seed: Int) throws {
        let problem = RandomDay.make(seed: UInt64(seed), jobs: 3 + seed % 3, days: seed % 4 == 3 ? 2 : 1)
        #expect(problem.validate().isEmpty)
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        let optimum = BruteForce.optimalCost(problem)
        #expect(abs(schedule.kpis.cost - optimum) <= 1e-6 * max(1, optimum),
                "planner \(schedule.kpis.cost) vs brute force \(optimum)")
        #expect(schedule.kpis.provenOptimal)
        if let bound = schedule.kpis.lowerBound { #expect(bound <= optimum + 1e-6 * max(1, optimum)) }
    }

    @Test("plans the bundled day completely (one job to the cheaper partner) and the checker accepts it")
    func plansBundledDay() throws {
        let problem = try bundledDay()
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.unassigned.isEmpty)
        #expect(schedule.kpis.jobsPlaced + schedule.kpis.jobsReferred == problem.jobs.count)
        // The plumbing partner's 185 beats sending a technician across town for J-1010.
        #expect(schedule.referrals.map(\.job) == ["J-1010"])
        #expect(schedule.referrals.first?.reason == .cheaper)
        let pinned = try #require(problem.jobs.first { $0.pinned != nil })
        let visit = schedule.routes.flatMap { r in r.visits.map { (r, $0) } }.first { $0.1.job == pinned.id }
        #expect(visit?.0.technician == pinned.pinned?.technician)
        #expect(visit?.1.start == pinned.pinned?.start)
    }

    @Test("gives the same plan for the same input, options and seed")
    func isDeterministic() throws {
        let problem = RandomDay.make(seed: 99, jobs: 6)
        var first = try planner.plan(problem)
        var second = try planner.plan(problem)
        first.kpis.solveSeconds = 0
        second.kpis.solveSeconds = 0
        #expect(first == second)
    }

    @Test("still returns a checked plan with a zero time limit")
    func zeroTimeLimitLeavesPlan() throws {
        let problem = try bundledDay()
        let schedule = try CompactMIPPlanner(options: PlanOptions(timeLimit: 0)).plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.kpis.jobsPlaced + schedule.kpis.jobsUnassigned == problem.jobs.count)
    }

    @Test("explains a job nobody is qualified for")
    func unqualifiedJobHasReason() throws {
        var problem = RandomDay.make(seed: 5, jobs: 3)
        problem.jobs[0].requiredSkills = ["roofing": 1]
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        let entry = try #require(schedule.unassigned.first { $0.job == problem.jobs[0].id })
        #expect(entry.reason == .noSkill)
        #expect(entry.message.contains("roofing"))
    }

    @Test("explains a job whose window no technician can reach")
    func unreachableWindowHasReason() throws {
        var problem = RandomDay.make(seed: 6, jobs: 2)
        problem.jobs[0].requiredSkills = [:]
        problem.jobs[0].duration = 600
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.unassigned.first { $0.job == problem.jobs[0].id }?.reason == .windowOutsideShifts)
    }

    @Test("explains a job whose parts are nowhere in stock")
    func missingPartsHaveReason() throws {
        var problem = RandomDay.make(seed: 7, jobs: 3)
        problem.jobs[1].parts = ["valve": 5]
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        let entry = try #require(schedule.unassigned.first { $0.job == problem.jobs[1].id })
        #expect(entry.reason == .partsUnavailable)
        #expect(entry.message.contains("valve"))
        #expect(entry.message.hasSuffix("and no supplier sells it."), "\(entry.message)")

        // Suppliers that deliver only after the one-day horizon: the message names the
        // fastest one and the day its delivery would arrive.
        problem.parts.append(Part(id: "pipe", name: "Pipe"))
        problem.suppliers = [
            Supplier(id: "slow", name: "Slow Supply", offers: [SupplierOffer(part: "valve", unitCost: 5)], leadTimeDays: 3),
            Supplier(id: "fast", name: "Fast Parts", offers: [SupplierOffer(part: "valve", unitCost: 6)], leadTimeDays: 2),
            Supplier(id: "other", name: "Other", offers: [SupplierOffer(part: "pipe", unitCost: 1)], leadTimeDays: 0),
        ]
        #expect(problem.validate().isEmpty)
        let late = try planner.plan(problem)
        expectAccepted(late, problem)
        let entry2 = try #require(late.unassigned.first { $0.job == problem.jobs[1].id })
        #expect(entry2.reason == .partsUnavailable)
        #expect(entry2.part == "valve" && entry2.availableDay == 2)
        #expect(entry2.message.contains("Fast Parts (fast) arrives on day 2, after the horizon"), "\(entry2.message)")
    }

    @Test("leaves a low job out rather than an emergency when only one fits")
    func emergencyWins() throws {
        let tech = Technician(id: "t", name: "Solo", skills: [:], shifts: [Shift(day: 1, start: 0, end: 100)],
                              start: Location(latitude: 0, longitude: 0), costPerHour: 30)
        let low = Job(id: "low", customer: Customer(name: "A"), location: Location(latitude: 0, longitude: 10),
                      duration: 60, urgency: .low)
        let emergency = Job(id: "sos", customer: Customer(name: "B"), location: Location(latitude: 0, longitude: 40),
                            duration: 10, urgency: .emergency)
        let problem = Problem(technicians: [tech], jobs: [low, emergency], travel: .euclidean(speed: 1))
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.routes.first?.visits.map(\.job) == ["sos"])
        #expect(schedule.unassigned.map(\.reason) == [.capacity])
    }

    @Test("takes the lunch break only on days that span it")
    func breakOnlyWhenSpanningLunch() throws {
        let tech = Technician(id: "t", name: "Solo", skills: [:], shifts: [Shift(day: 1, start: 480, end: 960)],
                              lunchBreak: BreakRule(start: 690, end: 810, duration: 30),
                              start: Location(latitude: 0, longitude: 0))
        let morning = Job(id: "m", customer: Customer(name: "A"), location: Location(latitude: 0, longitude: 10),
                          duration: 60, timeWindows: [TimeWindow(start: 480, end: 540)])
        var problem = Problem(technicians: [tech], jobs: [morning], travel: .euclidean(speed: 1))
        var schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.routes.first?.breaks.isEmpty == true)

        problem.jobs.append(Job(id: "a", customer: Customer(name: "B"), location: Location(latitude: 0, longitude: 20),
                                duration: 60, timeWindows: [TimeWindow(start: 720, end: 780)]))
        schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.routes.first?.breaks.count == 1)
    }

    @Test("plans an empty day as an empty, optimal plan")
    func emptyDay() throws {
        var problem = RandomDay.make(seed: 3, jobs: 0)
        problem.jobs = []
        let schedule = try planner.plan(problem)
        expectAccepted(schedule, problem)
        #expect(schedule.routes.isEmpty)
        #expect(schedule.kpis.cost == 0)
        #expect(schedule.kpis.gap == 0)
    }
}
