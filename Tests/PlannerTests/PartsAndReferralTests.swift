import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Small hand-made days whose right answer is known: parts from the van, the depot
/// and supplier orders across days; referrals to partners within their daily limits
/// and the budget; and the reasons given for jobs left out. Both planners must find
/// the answer, and the checker must accept every plan.
@Suite("Parts, orders and referrals")
struct PartsAndReferralTests {
    /// A technician at the origin of the plane, working 08:00-16:00 on `days`.
    static func tech(_ id: String, skills: [String: Int] = ["hvac": 1], days: [Int] = [1], van: [String: Int] = [:],
                     shiftMinutes: Double = 480, x: Double = 0) -> Technician {
        Technician(id: id, name: "Tech \(id)", skills: skills,
                   shifts: days.map { Shift(day: $0, start: absoluteTime(day: $0, clock: 480),
                                            end: absoluteTime(day: $0, clock: 480 + shiftMinutes)) },
                   start: Location(latitude: x, longitude: 0), vanStock: van)
    }

    static func job(_ id: String, at y: Double, duration: Double = 60, skills: [String: Int] = ["hvac": 1],
                    parts: [String: Int] = [:], urgency: Urgency = .normal, latest: Int? = nil) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: 0, longitude: y),
            duration: duration, requiredSkills: skills, urgency: urgency, parts: parts, latestDay: latest)
    }

    static func problem(days: Int = 1, technicians: [Technician], jobs: [Job], depot: [String: Int] = [:],
                        suppliers: [Supplier] = [], providers: [Provider] = [], budget: Double? = nil,
                        orderTime: Minutes? = nil) -> Problem {
        Problem(horizon: Horizon(days: days, orderTime: orderTime),
                parts: [Part(id: "filter", name: "Air filter"), Part(id: "valve", name: "Gas valve")],
                depot: Depot(stock: depot), suppliers: suppliers, providers: providers,
                technicians: technicians, jobs: jobs, travel: .euclidean(speed: 1),
                objective: ObjectiveWeights(costPerKm: 1), referralBudget: budget)
    }

    static let roofer = Provider(id: "roofs", name: "Roofs Ltd", skills: ["roofing": 2], costPerJob: 100, jobsPerDay: 1)

    /// Plans with the engine and the exact MIP (``plansAgree(_:sourceLocation:)``).
    func plans(_ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Schedule] {
        try plansAgree(problem, sourceLocation: sourceLocation)
    }

    static func day(of job: String, in schedule: Schedule) -> Int? {
        schedule.routes.first { $0.visits.contains { $0.job == job } }?.day
    }

    // MARK: Parts

    @Test("two jobs share the last filter at the depot: the plan that loses less wins")
    func lastUnitGoesToTheBetterPlan() throws {
        // near (normal, penalty 1500) is cheap to reach; far (high, 5000) is not, but losing it costs more.
        let p = Self.problem(technicians: [Self.tech("t")],
                             jobs: [Self.job("near", at: 10, parts: ["filter": 1]),
                                    Self.job("far", at: 100, parts: ["filter": 1], urgency: .high)],
                             depot: ["filter": 1])
        for schedule in try plans(p) {
            #expect(schedule.routes.flatMap(\.visits).map(\.job) == ["far"])
            let left = try #require(schedule.unassigned.first)
            #expect(left.job == "near" && left.reason == .partsUnavailable && left.part == "filter")
            #expect(left.availableDay == nil, "no supplier sells filters")
            #expect(schedule.purchaseOrders.isEmpty)
            #expect(schedule.loadingLists == [LoadingList(technician: "t", day: 1,
                                                           items: [LoadingItem(part: "filter", quantity: 1, jobs: ["far"])])])
        }
    }

    @Test("a part that arrives on day 3 puts both jobs on day 3 with one order for both")
    func orderArrivesOnDayThree() throws {
        // Lead time 2; orders go out at 17:00, after the 14:00 cut-off: placed day 1, at the depot day 3.
        let supplier = Supplier(id: "gasco", name: "Gas Co", offers: [SupplierOffer(part: "valve", unitCost: 80)],
                                leadTimeDays: 2, orderCutoff: 14 * 60)
        let p = Self.problem(days: 3, technicians: [Self.tech("t", days: [1, 2, 3])],
                             jobs: [Self.job("a", at: 10, parts: ["valve": 1]), Self.job("b", at: 20, parts: ["valve": 1])],
                             suppliers: [supplier], orderTime: 17 * 60)
        for schedule in try plans(p) {
            #expect(Self.day(of: "a", in: schedule) == 3 && Self.day(of: "b", in: schedule) == 3)
            let order = try #require(schedule.purchaseOrders.first)
            #expect(schedule.purchaseOrders.count == 1)
            #expect(order.supplier == "gasco" && order.part == "valve" && order.quantity == 2 && order.cost == 160)
            #expect(order.orderDay == 1 && order.arrivalDay == 3 && order.jobs.sorted() == ["a", "b"])
            #expect(schedule.loadingLists.map(\.day) == [3])
            #expect(schedule.kpis.costs.parts == 160)
            #expect(schedule.kpis.costs.lateness == 2 * 2 * 60, "two jobs, two days late, 60 per day")
        }
        // Ordered before the cut-off, the valves are there on day 2.
        var early = p
        early.horizon.orderTime = 9 * 60
        for schedule in try plans(early) {
            #expect(Self.day(of: "a", in: schedule) == 2)
            #expect(schedule.purchaseOrders.map(\.arrivalDay) == [2])
        }
    }

    @Test("van stock serves first, the depot the rest, and the loading list says what to pick up")
    func vanFirstThenDepot() throws {
        let p = Self.problem(technicians: [Self.tech("t", van: ["filter": 1])],
                             jobs: [Self.job("a", at: 10, parts: ["filter": 2])], depot: ["filter": 5])
        for schedule in try plans(p) {
            #expect(schedule.loadingLists == [LoadingList(technician: "t", day: 1,
                                                           items: [LoadingItem(part: "filter", quantity: 1, jobs: ["a"])])])
            #expect(schedule.purchaseOrders.isEmpty)
        }
    }

    @Test("an emergency whose part must be ordered waits for the earliest delivery")
    func emergencyWaitsForPart() throws {
        let supplier = Supplier(id: "gasco", name: "Gas Co", offers: [SupplierOffer(part: "valve", unitCost: 80)], leadTimeDays: 2)
        let p = Self.problem(days: 3, technicians: [Self.tech("t", days: [1, 2, 3])],
                             jobs: [Self.job("sos", at: 10, parts: ["valve": 1], urgency: .emergency)],
                             suppliers: [supplier])
        for schedule in try plans(p) {
            #expect(Self.day(of: "sos", in: schedule) == 2)
            #expect(schedule.purchaseOrders.first?.arrivalDay == 2)
        }
        // With a one-day horizon the delivery comes too late: unplaced, naming the part and the day it could arrive.
        var short = p
        short.horizon.days = 1
        short.technicians = [Self.tech("t")]
        for schedule in try plans(short) {
            let entry = try #require(schedule.unassigned.first)
            #expect(entry.reason == .partsUnavailable && entry.part == "valve" && entry.availableDay == 2)
            #expect(entry.message.contains("Gas Co (gasco) arrives on day 2, after the horizon"), "\(entry.message)")
        }
    }

    @Test("a cheaper later delivery is used when the job may wait anyway")
    func cheaperSupplierForLaterDay() throws {
        let fast = Supplier(id: "fast", name: "Fast", offers: [SupplierOffer(part: "valve", unitCost: 300)], leadTimeDays: 1)
        let slow = Supplier(id: "slow", name: "Slow", offers: [SupplierOffer(part: "valve", unitCost: 100)], leadTimeDays: 2)
        // A low job: a day late costs 10, the fast supplier 200 more.
        let p = Self.problem(days: 2, technicians: [Self.tech("t", days: [1, 2])],
                             jobs: [Self.job("a", at: 10, parts: ["valve": 1], urgency: .low)], suppliers: [fast, slow])
        var weights = p.objective
        weights.unassignedPenalty[.low] = 1000
        var problem = p
        problem.objective = weights
        for schedule in try plans(problem) {
            #expect(Self.day(of: "a", in: schedule) == 2)
            #expect(schedule.purchaseOrders.map(\.supplier) == ["slow"])
        }
    }

    // MARK: Referrals

    @Test("a skill only a partner has: the job is referred with reason no_skill")
    func referralForMissingSkill() throws {
        let p = Self.problem(technicians: [Self.tech("t")], jobs: [Self.job("roof", at: 10, skills: ["roofing": 1])],
                             providers: [Self.roofer])
        for schedule in try plans(p) {
            #expect(schedule.referrals == [Referral(job: "roof", provider: "roofs", day: 1, cost: 100, reason: .noSkill)])
            #expect(schedule.kpis.jobsReferred == 1 && schedule.kpis.costs.referral == 100)
        }
    }

    @Test("a partner takes the job when it costs less than a technician's trip")
    func referralWhenCheaper() throws {
        // 2 x 500 km of driving at 1 per km against a 100 referral.
        let p = Self.problem(technicians: [Self.tech("t", shiftMinutes: 1200)],
                             jobs: [Self.job("far", at: 500, skills: ["hvac": 1])],
                             providers: [Provider(id: "local", name: "Local HVAC", skills: ["hvac": 3], costPerJob: 100, jobsPerDay: 2)])
        for schedule in try plans(p) {
            #expect(schedule.referrals.map(\.reason) == [.cheaper])
            #expect(schedule.routes.isEmpty)
        }
    }

    @Test("a partner takes what the technicians have no room for, with reason no_capacity")
    func referralWhenFull() throws {
        // One 2-hour shift, two 90-minute jobs at home: only one fits.
        let jobs = [Self.job("a", at: 0, duration: 90, urgency: .high), Self.job("b", at: 0, duration: 90)]
        let p = Self.problem(technicians: [Self.tech("t", shiftMinutes: 120)], jobs: jobs,
                             providers: [Provider(id: "local", name: "Local HVAC", skills: ["hvac": 3], costPerJob: 400, jobsPerDay: 2)])
        for schedule in try plans(p) {
            #expect(schedule.routes.flatMap(\.visits).map(\.job) == ["a"])
            #expect(schedule.referrals == [Referral(job: "b", provider: "local", day: 1, cost: 400, reason: .noCapacity)])
        }
    }

    @Test("a partner's daily limit: the second job waits a day, or stays unplaced with the reason")
    func providerDailyLimit() throws {
        let jobs = [Self.job("r1", at: 10, skills: ["roofing": 1], urgency: .high), Self.job("r2", at: 20, skills: ["roofing": 1])]
        let oneDay = Self.problem(technicians: [Self.tech("t")], jobs: jobs, providers: [Self.roofer])
        for schedule in try plans(oneDay) {
            #expect(schedule.referrals.map(\.job) == ["r1"])
            let entry = try #require(schedule.unassigned.first)
            #expect(entry.job == "r2" && entry.reason == .capacity)
            #expect(entry.message.contains("fully booked on day 1"), "\(entry.message)")
        }
        let twoDays = Self.problem(days: 2, technicians: [Self.tech("t")], jobs: jobs, providers: [Self.roofer])
        for schedule in try plans(twoDays) {
            #expect(schedule.referrals.map { "\($0.job)@\($0.day)" } == ["r1@1", "r2@2"])
            #expect(schedule.kpis.costs.lateness == 60)
        }
    }

    @Test("a referral budget that binds: the more urgent job goes, the other is unplaced with reason budget")
    func referralBudgetBinds() throws {
        let busy = Provider(id: "roofs", name: "Roofs Ltd", skills: ["roofing": 2], costPerJob: 100, jobsPerDay: 5)
        let jobs = [Self.job("r1", at: 10, skills: ["roofing": 1]), Self.job("r2", at: 20, skills: ["roofing": 1], urgency: .high)]
        let p = Self.problem(technicians: [Self.tech("t")], jobs: jobs, providers: [busy], budget: 150)
        for schedule in try plans(p) {
            #expect(schedule.referrals.map(\.job) == ["r2"])
            let entry = try #require(schedule.unassigned.first)
            #expect(entry.job == "r1" && entry.reason == .budget)
            #expect(entry.message.contains("only 50 of the referral budget (150) is left"), "\(entry.message)")
        }
    }

    @Test("excluded technicians and partners are never sent, and the reason says so")
    func exclusionsHonoured() throws {
        var roof = Self.job("roof", at: 10, skills: ["roofing": 1])
        roof.excludedProviders = ["roofs"]
        var hvac = Self.job("hvac", at: 10)
        hvac.excludedTechnicians = ["t"]
        let p = Self.problem(technicians: [Self.tech("t")], jobs: [roof, hvac], providers: [Self.roofer])
        for schedule in try plans(p) {
            #expect(schedule.routes.isEmpty && schedule.referrals.isEmpty)
            #expect(schedule.unassigned.map(\.reason) == [.excluded, .excluded])
            #expect(schedule.unassigned[0].message.contains("The job excludes the partners that could take it (Roofs Ltd)"))
            #expect(schedule.unassigned[1].message.contains("excludes every technician with the skills (Tech t)"))
        }
    }

    // MARK: Explanations

    @Test("no_skill names the skill and level nobody has, technicians and partners alike")
    func noSkillNamesTheGap() throws {
        let p = Self.problem(technicians: [Self.tech("t", skills: ["hvac": 2])], jobs: [Self.job("a", at: 10, skills: ["hvac": 3])],
                             providers: [Self.roofer])
        for schedule in try plans(p) {
            let entry = try #require(schedule.unassigned.first)
            #expect(entry.reason == .noSkill)
            #expect(entry.message == "No technician has hvac at level 3 (the best has 2). No partner provider has hvac at level 3 (nobody has it) either.")
        }
    }

    @Test("capacity names the nearest miss: the technician and the minutes short")
    func capacityNearestMiss() throws {
        // Two 60-minute jobs at home in a 100-minute shift: the second is 20 minutes short.
        let jobs = [Self.job("a", at: 0, urgency: .high), Self.job("b", at: 0)]
        let p = Self.problem(technicians: [Self.tech("t", shiftMinutes: 100)], jobs: jobs)
        for schedule in try plans(p) {
            let entry = try #require(schedule.unassigned.first)
            #expect(entry.job == "b" && entry.reason == .capacity)
            #expect(entry.technician == "t" && entry.minutesShort == 20)
        }
    }

    @Test("window_outside_shifts when no shift can hold the job in the customer's hours")
    func windowOutsideShifts() throws {
        // The window opens 10 minutes before the shift ends; the work takes an hour.
        var late = Self.job("late", at: 0)
        late.timeWindows = [TimeWindow(start: 15 * 60 + 50, end: 16 * 60)]
        // Wanted on day 2, when the only technician is off.
        var dayTwo = Self.job("day2", at: 10)
        dayTwo.earliestDay = 2
        let p = Self.problem(days: 2, technicians: [Self.tech("t")], jobs: [late, dayTwo])
        for schedule in try plans(p) {
            #expect(schedule.unassigned.map(\.reason) == [.windowOutsideShifts, .windowOutsideShifts])
            #expect(schedule.unassigned[1].message == "No qualified technician works on day 2.")
        }
    }

    // MARK: Cross-checks

    @Test("the exact MIP matches brute force on random days with suppliers and a partner", arguments: 0..<24)
    func exactMatchesBruteForce(seed: Int) throws {
        let problem = RandomDay.withMarket(seed: UInt64(500 + seed), jobs: 3 + seed % 2, days: 1 + seed % 3)
        #expect(problem.validate().isEmpty, "\(problem.validate())")
        let schedule = try CompactMIPPlanner(options: PlanOptions(timeLimit: 30)).plan(problem)
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
        let optimum = BruteForce.optimalCost(problem)
        #expect(abs(schedule.kpis.cost - optimum) <= 1e-6 * max(1, optimum), "exact \(schedule.kpis.cost) vs brute force \(optimum)")
    }

    @Test("the engine finds the exact optimum on random days with suppliers and a partner", arguments: 0..<16)
    func engineMatchesExact(seed: Int) throws {
        let problem = RandomDay.withMarket(seed: UInt64(900 + seed), jobs: 4 + seed % 3, days: 1 + seed % 3)
        let exact = try CompactMIPPlanner(options: PlanOptions(timeLimit: 30)).plan(problem)
        let engine = EnginePlanner(options: PlanOptions(timeLimit: 30, seed: 1, iterations: 400)).plan(problem)
        let violations = FeasibilityChecker(problem: problem).check(engine)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
        #expect(exact.kpis.provenOptimal)
        #expect(engine.kpis.cost <= exact.kpis.cost + 1e-6 * max(1, exact.kpis.cost), "engine \(engine.kpis.cost) vs optimum \(exact.kpis.cost)")
    }

    @Test("the random market days do exercise orders, referrals and unplaced jobs")
    func marketDaysExerciseTheRules() throws {
        var orders = 0, referrals = 0, unplaced = 0, late = 0
        for seed in 0..<24 {
            let problem = RandomDay.withMarket(seed: UInt64(500 + seed), jobs: 3 + seed % 2, days: 1 + seed % 3)
            let schedule = try CompactMIPPlanner(options: PlanOptions(timeLimit: 30)).plan(problem)
            orders += schedule.purchaseOrders.count
            referrals += schedule.referrals.count
            unplaced += schedule.unassigned.count
            late += schedule.kpis.costs.lateness > 0 ? 1 : 0
        }
        #expect(orders >= 3 && referrals >= 3 && unplaced >= 3 && late >= 1,
                "orders \(orders), referrals \(referrals), unplaced \(unplaced), late days \(late)")
    }
}
