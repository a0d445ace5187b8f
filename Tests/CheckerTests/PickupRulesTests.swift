import Checker
import FieldService
import Schedule
import Testing

/// Depot pick-ups on the euclidean plane (speed 1: one unit per minute), worked out by hand.
///
/// - Depot at (0,40): 5 filters, 1 drill; pick-ups take 10 minutes, 08:00-17:00.
/// - t1 (home 0,0; day 1 08:00-17:00 and day 2 08:00-17:00; no lunch; 60/h, i.e.
///   1 per minute; one filter on the van, no tools).
/// - j1 at (30,0) and j2 at (30,40), 30 minutes each, one filter each; j3 at (0,30)
///   on day 2 (earliest day 2), 30 minutes, one filter.
/// - Objective: 0.5 per unit of distance, otherwise the defaults.
///
/// The van's filter serves j1; j2's filter comes from the depot, collected on a
/// pick-up between j1 and j2.
@Suite("Depot pick-ups")
struct PickupRulesTests {
    static let depot = point(0, 40)

    static let t1 = Technician(
        id: "t1", name: "Ana Field", skills: [:],
        shifts: [Shift(day: 1, start: 480, end: 1020), Shift(day: 2, start: 1920, end: 2460)],
        start: point(0, 0), costPerHour: 60, vanStock: ["filter": 1])

    static let j1 = Job(id: "j1", customer: customer("Cara"), location: point(30, 0), duration: 30, parts: ["filter": 1])
    static let j2 = Job(id: "j2", customer: customer("Dan"), location: point(30, 40), duration: 30, parts: ["filter": 1])
    static let j3 = Job(id: "j3", customer: customer("Eve"), location: point(0, 30), duration: 30, parts: ["filter": 1],
                        earliestDay: 2)

    /// The problem in pick-up mode (`pickup`: nil leaves the depot without pick-ups).
    static func problem(pickup: DepotPickup? = DepotPickup(handlingMinutes: 10, opens: 480, closes: 1020),
                        jobs: [Job] = [j1, j2], vanStock: [String: Int] = ["filter": 1],
                        depotStock: [String: Int] = ["filter": 5]) -> Problem {
        var technician = t1
        technician.vanStock = vanStock
        return Problem(
            name: "pickups", horizon: Horizon(days: 2),
            parts: [Part(id: "filter", name: "Air filter")],
            depot: Depot(location: depot, stock: depotStock, tools: ["drill": 1], pickup: pickup),
            technicians: [technician], jobs: jobs,
            travel: .euclidean(speed: 1), objective: ObjectiveWeights(costPerKm: 0.5),
            tools: [Tool(id: "drill", name: "Core drill")])
    }

    static func pickup(arrival: Minutes, start: Minutes, end: Minutes, travel: Minutes,
                       items: [LoadingItem] = [LoadingItem(part: "filter", quantity: 1, jobs: ["j2"])],
                       tools: [LoadingTool] = [], at location: Location = depot) -> Visit {
        .depotPickup(at: location, arrival: arrival, wait: start - arrival, start: start, end: end,
                     travelTime: travel, distance: travel, items: items, tools: tools)
    }

    /// A one-route day-1 plan of `visits`, its figures given (all labour at 1 per minute).
    static func schedule(_ visits: [Visit], returnTime: Minutes, returnTravel: Minutes, travel: Minutes, work: Minutes,
                         loading: [LoadingList] = [LoadingList(technician: "t1", day: 1,
                                                               items: [LoadingItem(part: "filter", quantity: 1, jobs: ["j2"])])])
        -> Schedule {
        let cost = travel * 0.5 + travel + work
        let route = Route(technician: "t1", day: 1, departure: 480, visits: visits, breaks: [],
                          returnTime: returnTime, returnTravelTime: returnTravel, returnDistance: returnTravel,
                          travelTime: travel, distance: travel, overtime: 0, cost: cost)
        let placed = visits.filter { !$0.isPickup }.count
        return Schedule(
            name: "pickups", routes: [route], unassigned: [], loadingLists: loading,
            kpis: kpis(cost: cost, costs: breakdown(travel: travel * 0.5, labour: travel + work),
                       travelTime: travel, distance: travel, overtime: 0, placed: placed, referred: 0, unassigned: 0,
                       placedByUrgency: ["normal": placed], unassignedByUrgency: [:]))
    }

    static let j1Visit = Visit(job: "j1", arrival: 510, wait: 0, start: 510, end: 540, travelTime: 30, distance: 30)

    /// Leave 08:00, 30 to j1 (08:30-09:00), 50 to the depot (09:50-10:00), 30 to j2
    /// (10:30-11:00), 50 home: 11:50. Travel 160, work 30 + 10 + 30 = 70:
    /// cost 160 x 0.5 + (160 + 70) x 1 = 310.
    static func midDay(items: [LoadingItem] = [LoadingItem(part: "filter", quantity: 1, jobs: ["j2"])],
                       tools: [LoadingTool] = [], pickupEnd: Minutes = 600,
                       at location: Location = depot) -> Schedule {
        schedule([j1Visit,
                  pickup(arrival: 590, start: 590, end: pickupEnd, travel: 50, items: items, tools: tools, at: location),
                  Visit(job: "j2", arrival: 630, wait: 0, start: 630, end: 660, travelTime: 30, distance: 30)],
                 returnTime: 710, returnTravel: 50, travel: 160, work: 70)
    }

    static func check(_ schedule: Schedule, _ problem: Problem = problem()) -> [Violation] {
        FeasibilityChecker(problem: problem).check(schedule)
    }

    @Test("a pick-up between the job the van serves and the job that needs the depot is feasible, its handling paid as work")
    func validMidDayPickup() {
        #expect(Self.check(Self.midDay()) == [])
        #expect(FeasibilityChecker(problem: Self.problem()).recomputedCost(of: Self.midDay()).labour == 230)
    }

    @Test("a pick-up at the start of the day (before j1) is feasible too")
    func validEarlyPickup() {
        // 40 to the depot (08:40-08:50), 50 to j1 (09:40-10:10), 40 to j2 (10:50-11:20),
        // 50 home: 12:10. Travel 180, work 70.
        let schedule = Self.schedule(
            [Self.pickup(arrival: 520, start: 520, end: 530, travel: 40),
             Visit(job: "j1", arrival: 580, wait: 0, start: 580, end: 610, travelTime: 50, distance: 50),
             Visit(job: "j2", arrival: 650, wait: 0, start: 650, end: 680, travelTime: 40, distance: 40)],
            returnTime: 730, returnTravel: 50, travel: 180, work: 70)
        #expect(Self.check(schedule) == [])
    }

    @Test("no pick-up on a route that draws from the depot breaks pickup_missing")
    func missingPickup() {
        // 30 to j1 (08:30-09:00), 40 to j2 (09:40-10:10), 50 home: 11:00. Travel 120, work 60.
        let schedule = Self.schedule(
            [Self.j1Visit, Visit(job: "j2", arrival: 580, wait: 0, start: 580, end: 610, travelTime: 40, distance: 40)],
            returnTime: 660, returnTravel: 50, travel: 120, work: 60)
        let violations = Self.check(schedule)
        #expect(rules(violations) == [.pickupMissing])
        #expect(violations.count == 1)
        #expect(violations.first?.entity == "job j2")
    }

    @Test("a pick-up after the job that needs it breaks pickup_missing")
    func pickupTooLate() {
        // j1 08:30-09:00, 40 to j2 (09:40-10:10), 30 to the depot (10:40-10:50), 40 home: 11:30.
        // Travel 140, work 70.
        let schedule = Self.schedule(
            [Self.j1Visit,
             Visit(job: "j2", arrival: 580, wait: 0, start: 580, end: 610, travelTime: 40, distance: 40),
             Self.pickup(arrival: 640, start: 640, end: 650, travel: 30)],
            returnTime: 690, returnTravel: 40, travel: 140, work: 70)
        let violations = Self.check(schedule)
        #expect(violations.map(\.rule) == [.pickupMissing])
        #expect(violations.first?.entity == "job j2")
        #expect(violations.first?.message.hasSuffix("but its pick-up comes after it, at 640 (day 1 10:40)") == true)
    }

    @Test("a pick-up collecting other quantities or tools than the route draws breaks pickup_items_mismatch")
    func wrongItems() {
        let twoFilters = Self.check(Self.midDay(items: [LoadingItem(part: "filter", quantity: 2, jobs: ["j1", "j2"])]))
        #expect(twoFilters.map(\.rule) == [.pickupItemsMismatch])
        #expect(twoFilters.first?.entity == "depot pick-up of technician t1 day 1")
        #expect(Self.check(Self.midDay(items: [])).map(\.rule) == [.pickupItemsMismatch])
        let drill = Self.check(Self.midDay(tools: [LoadingTool(tool: "drill", jobs: ["j2"])]))
        #expect(drill.map(\.rule) == [.pickupItemsMismatch])
    }

    @Test("a tool the van lacks needs a pick-up that borrows it")
    func borrowedTool() {
        var needsDrill = Self.j2
        needsDrill.requiredTools = ["drill"]
        let problem = Self.problem(jobs: [Self.j1, needsDrill], vanStock: ["filter": 2])
        var schedule = Self.midDay(items: [], tools: [LoadingTool(tool: "drill", jobs: ["j2"])])
        schedule.loadingLists = [LoadingList(technician: "t1", day: 1, items: [],
                                             tools: [LoadingTool(tool: "drill", jobs: ["j2"])])]
        #expect(Self.check(schedule, problem) == [])
        schedule.routes[0].visits[1].tools = []
        #expect(Self.check(schedule, problem).map(\.rule) == [.pickupItemsMismatch])
    }

    @Test("a pick-up before the depot opens, or shorter than the handling time, breaks pickup_outside_hours")
    func outsideHours() {
        let late = Self.problem(pickup: DepotPickup(handlingMinutes: 10, opens: 600, closes: 1020))
        let early = Self.check(Self.midDay(), late)
        #expect(early.map(\.rule) == [.pickupOutsideHours])
        #expect(early.first?.message.hasPrefix("starts 590 (day 1 09:50), outside the depot's pick-up window 600") == true)
        // Closing at 10:00 leaves no time to handle a pick-up starting 09:50.
        let closing = Self.problem(pickup: DepotPickup(handlingMinutes: 10, opens: 480, closes: 599))
        #expect(Self.check(Self.midDay(), closing).map(\.rule) == [.pickupOutsideHours])
        // 5 minutes at the depot where handling takes 10.
        let hurried = Self.check(Self.midDay(pickupEnd: 595))
        #expect(hurried.map(\.rule) == [.pickupOutsideHours])
        #expect(hurried.first?.message == "lasts 5 minutes (590 (day 1 09:50) to 595 (day 1 09:55)), handling takes 10")
    }

    @Test("the drive into a pick-up is the drive to the depot, and the drive out of it starts there")
    func pickupTravel() {
        var schedule = Self.midDay()
        schedule.routes[0].visits[1].travelTime = 40
        let into = Self.check(schedule)
        #expect(into.map(\.rule) == [.visitTravelMismatch])
        #expect(into.first?.entity == "depot pick-up of technician t1 day 1")
        // Arriving at j2 before the 30-minute drive from the depot allows.
        schedule = Self.midDay()
        schedule.routes[0].visits[2].arrival = 620
        schedule.routes[0].visits[2].wait = 10
        let out = Self.check(schedule)
        #expect(out.map(\.rule) == [.arrivalTooEarly])
        #expect(out.first?.message.contains("leaving the depot pick-up at 600 (day 1 10:00)") == true)
    }

    @Test("a pick-up staying longer than the handling time is a duration mismatch")
    func lingeringPickup() {
        // The depot 09:50-10:05, j2 10:35-11:05, home 11:55; the cost counts the 10 minutes of handling.
        let schedule = Self.schedule(
            [Self.j1Visit,
             Self.pickup(arrival: 590, start: 590, end: 605, travel: 50),
             Visit(job: "j2", arrival: 635, wait: 0, start: 635, end: 665, travelTime: 30, distance: 30)],
            returnTime: 715, returnTravel: 50, travel: 160, work: 70)
        #expect(Self.check(schedule).map(\.rule) == [.durationMismatch])
    }

    @Test("a pick-up without pick-up mode, or away from the depot, breaks pickup_without_depot")
    func withoutDepot() {
        let violations = Self.check(Self.midDay(), Self.problem(pickup: nil))
        #expect(violations.map(\.rule) == [.pickupWithoutDepot])
        #expect(violations.first?.entity == "depot pick-up of technician t1 day 1")
        var noLocation = Self.problem()
        noLocation.depot.location = nil
        #expect(Self.check(Self.midDay(), noLocation).map(\.rule) == [.pickupWithoutDepot])
        // In pick-up mode, but reported at another place (the drive is the depot's).
        #expect(Self.check(Self.midDay(at: point(0, 41))).map(\.rule) == [.pickupWithoutDepot])
    }

    @Test("a pick-up on a route that needs nothing from the depot, or a second pick-up, breaks pickup_not_needed")
    func unneededPickup() {
        let problem = Self.problem(vanStock: ["filter": 2])
        let unneeded = Self.check(Self.midDay(items: []).replacingLoading([]), problem)
        #expect(unneeded.map(\.rule) == [.pickupNotNeeded])
        #expect(unneeded.first?.entity == "depot pick-up of technician t1 day 1")
        // j1, the depot twice (09:50-10:00, 10:00-10:10), j2 10:40-11:10, home 12:00.
        // Travel 160, work 80.
        let twice = Self.schedule(
            [Self.j1Visit,
             Self.pickup(arrival: 590, start: 590, end: 600, travel: 50),
             Self.pickup(arrival: 600, start: 600, end: 610, travel: 0, items: []),
             Visit(job: "j2", arrival: 640, wait: 0, start: 640, end: 670, travelTime: 30, distance: 30)],
            returnTime: 720, returnTravel: 50, travel: 160, work: 80)
        let violations = Self.check(twice)
        #expect(violations.map(\.rule) == [.pickupNotNeeded])
        #expect(violations.first?.message == "a second depot pick-up on the route; one pick-up collects everything")
    }

    @Test("the van is restocked every night with pick-ups: one filter serves a job on each day")
    func perDayRestock() {
        // Day 1: 30 to j1 (08:30-09:00), 30 home. Day 2: 30 to j3 (08:30-09:00), 30 home.
        // Each day travel 60, work 30: cost 30 + 90 = 120.
        func route(day: Int, job: String) -> Route {
            let offset = Minutes(day - 1) * 1440
            return Route(technician: "t1", day: day, departure: 480 + offset,
                         visits: [Visit(job: job, arrival: 510 + offset, wait: 0, start: 510 + offset, end: 540 + offset,
                                        travelTime: 30, distance: 30)],
                         breaks: [], returnTime: 570 + offset, returnTravelTime: 30, returnDistance: 30,
                         travelTime: 60, distance: 60, overtime: 0, cost: 120)
        }
        let schedule = Schedule(
            name: "pickups", routes: [route(day: 1, job: "j1"), route(day: 2, job: "j3")], unassigned: [],
            kpis: kpis(cost: 240, costs: breakdown(travel: 60, labour: 180), travelTime: 120, distance: 120, overtime: 0,
                       placed: 2, referred: 0, unassigned: 0, placedByUrgency: ["normal": 2], unassignedByUrgency: [:]))
        #expect(Self.check(schedule, Self.problem(jobs: [Self.j1, Self.j3])) == [])
        // Without pick-ups the van's filter is gone after day 1: day 2 draws one from the depot.
        let normal = Self.check(schedule, Self.problem(pickup: nil, jobs: [Self.j1, Self.j3]))
        #expect(normal.map(\.rule) == [.loadingListMismatch])
        #expect(normal.first?.entity == "technician t1 day 2")
        let empty = Self.check(schedule, Self.problem(pickup: nil, jobs: [Self.j1, Self.j3], depotStock: [:]))
        #expect(rules(empty) == [.partsShortfall, .loadingListMismatch])
        // With pick-ups and an empty depot, both days are still served by the van.
        #expect(Self.check(schedule, Self.problem(jobs: [Self.j1, Self.j3], depotStock: [:])) == [])
    }

    @Test("with pick-ups, a day's loading list holds that day's draws beyond the full van")
    func loadingListPerDay() {
        var schedule = Self.midDay()
        schedule.loadingLists = [LoadingList(technician: "t1", day: 1,
                                             items: [LoadingItem(part: "filter", quantity: 2, jobs: ["j1", "j2"])])]
        #expect(Self.check(schedule).map(\.rule) == [.loadingListMismatch])
    }
}

extension Schedule {
    /// The schedule with `lists` as its loading lists.
    func replacingLoading(_ lists: [LoadingList]) -> Schedule {
        var copy = self
        copy.loadingLists = lists
        return copy
    }
}
