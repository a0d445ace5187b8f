import Checker
import FieldService
import Schedule

/// The set of rules a list of violations breaks.
func rules(_ violations: [Violation]) -> Set<Rule> {
    Set(violations.map(\.rule))
}

/// A place on the plane of the euclidean model (`x` = lon, `y` = lat).
func point(_ x: Double, _ y: Double, matrixIndex: Int? = nil) -> Location {
    Location(latitude: y, longitude: x, matrixIndex: matrixIndex)
}

func customer(_ name: String) -> Customer { Customer(name: name) }

func kpis(cost: Double, costs: CostBreakdown, travelTime: Double, distance: Double, overtime: Double,
          placed: Int, referred: Int, unassigned: Int,
          placedByUrgency: [String: Int], unassignedByUrgency: [String: Int]) -> KPIs {
    KPIs(cost: cost, costs: costs, travelTime: travelTime, distance: distance, overtime: overtime,
         jobsPlaced: placed, jobsReferred: referred, jobsUnassigned: unassigned,
         placedByUrgency: placedByUrgency, unassignedByUrgency: unassignedByUrgency,
         lowerBound: nil, gap: nil, provenOptimal: false, solveSeconds: 0)
}

func breakdown(travel: Double = 0, labour: Double = 0, overtime: Double = 0, unassigned: Double = 0,
               referral: Double = 0, lateness: Double = 0, preference: Double = 0) -> CostBreakdown {
    var costs = CostBreakdown()
    costs.travel = travel
    costs.labour = labour
    costs.overtime = overtime
    costs.unassigned = unassigned
    costs.referral = referral
    costs.lateness = lateness
    costs.preference = preference
    return costs
}

/// A two-day plan on the euclidean plane (speed 1: one unit per minute), worked out by hand.
///
/// - t1 (home 0,0; hvac 3, electrical 1; day 1 08:00-14:00 with up to 60 min
///   overtime at 45/h; day 2 08:00-17:00; lunch 30 min in 11:30-13:30; 30/h;
///   one filter on the van) does j1 then j2 on day 1 and j6 on day 2.
/// - t2 (home 100,0; plumbing 2; day 1 08:00-17:00; no lunch; 24/h) does the
///   pinned j3 on day 1.
/// - j4 needs gas, which nobody has: unassigned (low urgency, penalty 500).
/// - j5 needs roofing: referred to p1 for 120.
/// - Objective: 0.5 per unit of distance, otherwise the defaults.
enum Plane {
    static let t1 = Technician(
        id: "t1", name: "Ana Field", skills: ["hvac": 3, "electrical": 1],
        shifts: [Shift(day: 1, start: 480, end: 840), Shift(day: 2, start: 1920, end: 2460)],
        lunchBreak: BreakRule(start: 690, end: 810, duration: 30),
        start: point(0, 0), costPerHour: 30, overtime: Overtime(maxMinutes: 60, costPerHour: 45),
        vanStock: ["filter": 1])
    static let t2 = Technician(
        id: "t2", name: "Ben Pipe", skills: ["plumbing": 2],
        shifts: [Shift(day: 1, start: 480, end: 1020)],
        start: point(100, 0), costPerHour: 24)

    static let j1 = Job(id: "j1", customer: customer("Cara"), location: point(30, 40), duration: 60,
                        requiredSkills: ["hvac": 2], timeWindows: [TimeWindow(start: 540, end: 600)],
                        parts: ["filter": 1])
    static let j2 = Job(id: "j2", customer: customer("Dan"), location: point(60, 80), duration: 90,
                        requiredSkills: ["electrical": 1], timeWindows: [TimeWindow(start: 600, end: 840)],
                        parts: ["filter": 1], preferredTechnicians: ["t2"])
    static let j3 = Job(id: "j3", customer: customer("Eve"), location: point(100, 30), duration: 45,
                        requiredSkills: ["plumbing": 1], timeWindows: [TimeWindow(start: 480, end: 720)],
                        pinned: PinnedAssignment(technician: "t2", day: 1, start: 540))
    static let j4 = Job(id: "j4", customer: customer("Fay"), location: point(10, 10), duration: 30,
                        requiredSkills: ["gas": 1], urgency: .low)
    static let j5 = Job(id: "j5", customer: customer("Gus"), location: point(50, 50), duration: 60,
                        requiredSkills: ["roofing": 1])
    static let j6 = Job(id: "j6", customer: customer("Hal"), location: point(0, 20), duration: 30,
                        timeWindows: [TimeWindow(start: 2160, end: 2220)], earliestDay: 1)

    static let p1 = Provider(id: "p1", name: "Roofs Ltd", skills: ["roofing": 2], costPerJob: 120, jobsPerDay: 1)
    static let s1 = Supplier(id: "s1", name: "Parts Co", offers: [SupplierOffer(part: "filter", unitCost: 25)],
                             leadTimeDays: 1)

    static let problem = Problem(
        name: "plane", horizon: Horizon(days: 2),
        parts: [Part(id: "filter", name: "Air filter")],
        depot: Depot(stock: ["filter": 1]), suppliers: [s1], providers: [p1],
        technicians: [t1, t2], jobs: [j1, j2, j3, j4, j5, j6],
        travel: .euclidean(speed: 1), objective: ObjectiveWeights(costPerKm: 0.5))

    /// t1 day 1: leave 08:00, 50 to j1 (arrive 08:50, wait for 09:00, work to 10:00),
    /// 50 to j2 (10:50-12:20), lunch 12:20-12:50, 100 home: back 14:30, 30 min overtime.
    /// Cost: 200 x 0.5 + (200 + 150) x 30/60 + 30 x 45/60 + 40 (j2 prefers t2) = 337.5.
    static let t1Day1 = Route(
        technician: "t1", day: 1, departure: 480,
        visits: [
            Visit(job: "j1", arrival: 530, wait: 10, start: 540, end: 600, travelTime: 50, distance: 50),
            Visit(job: "j2", arrival: 650, wait: 0, start: 650, end: 740, travelTime: 50, distance: 50),
        ],
        breaks: [BreakPeriod(start: 740, end: 770)],
        returnTime: 870, returnTravelTime: 100, returnDistance: 100,
        travelTime: 200, distance: 200, overtime: 30, cost: 337.5)

    /// t2 day 1: 30 to j3 (arrive 08:30, pinned start 09:00, work to 09:45), 30 back: 10:15.
    /// Cost: 60 x 0.5 + (60 + 45) x 24/60 = 72.
    static let t2Day1 = Route(
        technician: "t2", day: 1, departure: 480,
        visits: [Visit(job: "j3", arrival: 510, wait: 30, start: 540, end: 585, travelTime: 30, distance: 30)],
        breaks: [],
        returnTime: 615, returnTravelTime: 30, returnDistance: 30,
        travelTime: 60, distance: 60, overtime: 0, cost: 72)

    /// t1 day 2: leave 11:00, 20 to j6 (arrive 11:20), lunch there 11:30-12:00 while
    /// waiting for the 12:00 window, work 12:00-12:30, 20 back: 12:50.
    /// Cost: 40 x 0.5 + (40 + 30) x 30/60 = 55.
    static let t1Day2 = Route(
        technician: "t1", day: 2, departure: 2100,
        visits: [Visit(job: "j6", arrival: 2120, wait: 40, start: 2160, end: 2190, travelTime: 20, distance: 20)],
        breaks: [BreakPeriod(start: 2130, end: 2160)],
        returnTime: 2210, returnTravelTime: 20, returnDistance: 20,
        travelTime: 40, distance: 40, overtime: 0, cost: 55)

    /// Travel 150, labour 175 + 42 + 35, overtime 22.5, j4's penalty 500,
    /// j5's referral 120, j6 one day late 60, j2 not with t2 40: 1144.5.
    static let costs = breakdown(travel: 150, labour: 252, overtime: 22.5, unassigned: 500,
                                 referral: 120, lateness: 60, preference: 40)

    static let schedule = Schedule(
        name: "plane",
        routes: [t1Day1, t2Day1, t1Day2],
        unassigned: [UnassignedJob(job: "j4", reason: .noSkill, message: "Nobody does gas.")],
        referrals: [Referral(job: "j5", provider: "p1", day: 1, cost: 120, reason: .noSkill)],
        loadingLists: [LoadingList(technician: "t1", day: 1, items: [LoadingItem(part: "filter", quantity: 1, jobs: ["j2"])])],
        kpis: kpis(cost: 1144.5, costs: costs, travelTime: 300, distance: 300, overtime: 30,
                   placed: 4, referred: 1, unassigned: 1,
                   placedByUrgency: ["normal": 4], unassignedByUrgency: ["low": 1]))

    /// The plane plan with `orders` and `loading` lists (default: the plan's own), its
    /// cost and parts cost raised by `price` (default: the orders' reported costs).
    static func schedule(orders: [PurchaseOrder], loading: [LoadingList]? = nil, price: Double? = nil) -> Schedule {
        var result = schedule
        result.purchaseOrders = orders
        if let loading { result.loadingLists = loading }
        let paid = price ?? orders.reduce(0) { $0 + $1.cost }
        result.kpis.cost += paid
        result.kpis.costs.parts += paid
        return result
    }

    static func check(_ schedule: Schedule, problem: Problem = Plane.problem) -> [Violation] {
        FeasibilityChecker(problem: problem).check(schedule)
    }
}
