import FieldService
import Foundation
import Schedule

/// A hand-made two-day plan (haversine): Anna <"A&B"> does j1 and j2 on day 1, Ben does
/// j6 on day 2 with a valve ordered for it; j4 goes to a partner; j5 is left out.
enum Fixture {
    static func at(_ x: Double) -> Location {
        Location(latitude: 42.9 + x / 100, longitude: -85.6 + x / 200, address: "\(Int(x)) Main St")
    }

    static let anna = Technician(id: "t1", name: "Anna \"A&B\" <Berger>", skills: ["hvac": 3],
                                 shifts: [Shift(day: 1, start: 480, end: 960), Shift(day: 2, start: 1920, end: 2400)],
                                 start: at(0), contact: Contact(phone: "+1 616 555 0101"))
    static let ben = Technician(id: "t2", name: "Ben O'Kafor", skills: ["plumbing": 2, "gas": 1],
                                shifts: [Shift(day: 2, start: 1920, end: 2400)], start: at(1),
                                contact: Contact(phone: "+1 616 555 0102"))

    static let jobs = [
        Job(id: "j1", customer: Customer(name: "Cara <Diaz> & Sons", phone: "+1 616 555 0201"),
            location: at(2), duration: 60, requiredSkills: ["hvac": 2]),
        Job(id: "j2", customer: Customer(name: "Dan Evans", phone: "+1 616 555 0202"),
            location: at(3), duration: 45, requiredSkills: ["hvac": 1], urgency: .high),
        Job(id: "j4", customer: Customer(name: "Fay Green", phone: "+1 616 555 0204"),
            location: at(4), duration: 90, requiredSkills: ["roofing": 1]),
        Job(id: "j5", customer: Customer(name: "Gus Hill", phone: "+1 616 555 0205"),
            location: at(5), duration: 30, requiredSkills: ["hvac": 1], urgency: .low),
        Job(id: "j6", customer: Customer(name: "Hal Ito", phone: "+1 616 555 0206"),
            location: at(6), duration: 120, requiredSkills: ["plumbing": 2, "gas": 1], parts: ["valve": 1]),
    ]

    static let problem = Problem(
        name: "Northside & Co <week 48>", horizon: Horizon(startDate: CivilDate(year: 2026, month: 11, day: 23), days: 2),
        parts: [Part(id: "valve", name: "Gas valve 24 V")],
        depot: Depot(location: Location(latitude: 42.9, longitude: -85.7, address: "3030 Clay Ave SW"), stock: [:]),
        suppliers: [Supplier(id: "s1", name: "Parts Co", offers: [SupplierOffer(part: "valve", unitCost: 119.55)],
                             leadTimeDays: 2, contact: Contact(email: "orders@parts.example.com"))],
        providers: [Provider(id: "p1", name: "Roofs Ltd", skills: ["roofing": 2], costPerJob: 150, jobsPerDay: 2,
                             contact: Contact(phone: "+1 616 555 0301"))],
        technicians: [anna, ben], jobs: jobs)

    static func visit(_ job: String, _ arrival: Minutes, _ duration: Minutes, wait: Minutes = 0) -> Visit {
        Visit(job: job, arrival: arrival, wait: wait, start: arrival + wait, end: arrival + wait + duration,
              travelTime: 10, distance: 5)
    }

    static func kpis(cost: Double) -> KPIs {
        KPIs(cost: cost, costs: CostBreakdown(travel: 15, labour: 200, overtime: 0, unassigned: 700.95, referral: 150,
                                              parts: 119.55),
             travelTime: 50, distance: 25.25, overtime: 0, jobsPlaced: 3, jobsReferred: 1, jobsUnassigned: 1,
             placedByUrgency: ["normal": 2, "high": 1], unassignedByUrgency: ["low": 1], lowerBound: 1100,
             gap: 0.1089, provenOptimal: false, solveSeconds: 1.5)
    }

    static func schedule(cost: Double = 1234.5) -> Schedule {
        Schedule(
            name: problem.name,
            // Deliberately out of report order: day 2 first.
            routes: [
                Route(technician: "t2", day: 2, departure: 1920, visits: [visit("j6", 1980, 120)], breaks: [],
                      returnTime: 2110, returnTravelTime: 10, returnDistance: 5, travelTime: 20, distance: 10,
                      overtime: 0, cost: 80),
                Route(technician: "t1", day: 1, departure: 480,
                      visits: [visit("j1", 540, 60), visit("j2", 640, 45, wait: 15)],
                      breaks: [BreakPeriod(start: 700, end: 730)], returnTime: 760, returnTravelTime: 10,
                      returnDistance: 5, travelTime: 30, distance: 15, overtime: 0, cost: 100),
                Route(technician: "t1", day: 2, departure: 1920, visits: [], breaks: [], returnTime: 1920,
                      returnTravelTime: 0, returnDistance: 0, travelTime: 0, distance: 0, overtime: 0, cost: 0),
            ],
            unassigned: [UnassignedJob(job: "j5", reason: .capacity, message: "Anna's day is full: 20 min short <sic>",
                                       technician: "t1", minutesShort: 20)],
            referrals: [Referral(job: "j4", provider: "p1", day: 1, cost: 150, reason: .noSkill)],
            purchaseOrders: [PurchaseOrder(supplier: "s1", part: "valve", quantity: 1, orderDay: 0, arrivalDay: 2,
                                           jobs: ["j6"], cost: 119.55)],
            kpis: kpis(cost: cost))
    }

    /// A Solomon-like plane instance: depot at (40, 50), three customers, one vehicle.
    static let solomonProblem: Problem = {
        let depot = Location(latitude: 50, longitude: 40)
        let vehicle = Technician(id: "v1", name: "Vehicle 1", skills: [:], shifts: [Shift(day: 1, start: 0, end: 1236)],
                                 start: depot, contact: Contact())
        func customer(_ id: String, _ x: Double, _ y: Double) -> Job {
            Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: y, longitude: x),
                duration: 90, requiredSkills: [:])
        }
        return Problem(name: "C101-like", depot: Depot(location: depot), technicians: [vehicle],
                       jobs: [customer("c1", 45, 68), customer("c2", 45, 70), customer("c3", 42, 66)],
                       travel: .euclidean(speed: 1))
    }()

    static let solomonSchedule = Schedule(
        name: "C101-like",
        routes: [Route(technician: "v1", day: 1, departure: 0,
                       visits: [Visit(job: "c3", arrival: 16.1, wait: 0, start: 16.1, end: 106.1, travelTime: 16.1,
                                      distance: 16.1),
                                Visit(job: "c1", arrival: 109.7, wait: 800, start: 909.7, end: 999.7, travelTime: 3.6,
                                      distance: 3.6)],
                       breaks: [], returnTime: 1018.4, returnTravelTime: 18.7, returnDistance: 18.7,
                       travelTime: 38.4, distance: 38.4, overtime: 0, cost: 38.4)],
        unassigned: [UnassignedJob(job: "c2", reason: .timeLimit, message: "not placed in time")],
        kpis: KPIs(cost: 38.4, costs: CostBreakdown(travel: 38.4), travelTime: 38.4, distance: 38.4, overtime: 0,
                   jobsPlaced: 2, jobsReferred: 0, jobsUnassigned: 1, placedByUrgency: ["normal": 2],
                   unassignedByUrgency: ["normal": 1], lowerBound: nil, gap: nil, provenOptimal: false,
                   solveSeconds: 0))
}
