import FieldService
import Foundation
import Schedule

/// A fixed two-day plan, written by hand, that produces every message kind:
/// Anna visits j1 and j2 on day 1; Ben visits j6 on day 2 with a valve ordered for it
/// (a day late: it waits for the part); j4 goes to a partner; j5 is left out (full).
enum Fixture {
    static func at(_ x: Double) -> Location {
        Location(latitude: 42.9 + x / 100, longitude: -85.6, address: "\(Int(x)) Main St, Grand Rapids, MI")
    }

    static let anna = Technician(id: "t1", name: "Anna Berger", skills: ["hvac": 3],
                                 shifts: [Shift(day: 1, start: 480, end: 960), Shift(day: 2, start: 1920, end: 2400)],
                                 start: at(0), contact: Contact(phone: "+1 616 555 0101", email: "anna@example.com"))
    static let ben = Technician(id: "t2", name: "Ben Okafor", skills: ["plumbing": 2, "gas": 1],
                                shifts: [Shift(day: 2, start: 1920, end: 2400)], start: at(1),
                                contact: Contact(phone: "+1 616 555 0102"))

    static let jobs = [
        Job(id: "j1", customer: Customer(name: "Cara Diaz", phone: "+1 616 555 0201", email: "cara@example.com",
                                         preferredChannel: .email),
            location: at(2), duration: 60, requiredSkills: ["hvac": 2], description: "Furnace tune-up"),
        Job(id: "j2", customer: Customer(name: "Dan Evans", phone: "+1 616 555 0202", preferredChannel: .sms),
            location: at(3), duration: 45, requiredSkills: ["hvac": 1], description: "Thermostat, Wi-Fi; pair with app"),
        Job(id: "j4", customer: Customer(name: "Fay Green", phone: "+1 616 555 0204"),
            location: at(4), duration: 90, requiredSkills: ["roofing": 1], description: "Roof leak over the porch"),
        Job(id: "j5", customer: Customer(name: "Gus Hill", email: "gus@example.com"),
            location: at(5), duration: 30, requiredSkills: ["hvac": 1], urgency: .low, description: "Filter change"),
        Job(id: "j6", customer: Customer(name: "Hal Ito", phone: "+1 616 555 0206", preferredChannel: .phone),
            location: at(6), duration: 120, requiredSkills: ["plumbing": 2, "gas": 1], parts: ["valve": 1],
            description: "Water heater gas valve"),
    ]

    static let problem = Problem(
        name: "Northside Home Services: week of 23 November", horizon: Horizon(startDate: CivilDate(year: 2026, month: 11, day: 23), days: 2),
        skills: ["hvac", "plumbing", "gas", "roofing"], parts: [Part(id: "valve", name: "Gas valve 24 V")],
        depot: Depot(location: Location(latitude: 42.9, longitude: -85.7, address: "3030 Clay Ave SW, Wyoming, MI"), stock: [:]),
        suppliers: [Supplier(id: "s1", name: "Parts Co", offers: [SupplierOffer(part: "valve", unitCost: 119.55)], leadTimeDays: 2,
                             contact: Contact(email: "orders@parts.example.com"))],
        providers: [Provider(id: "p1", name: "Roofs Ltd", skills: ["roofing": 2], costPerJob: 150, jobsPerDay: 2,
                             contact: Contact(phone: "+1 616 555 0301", email: "jobs@roofs.example.com"))],
        technicians: [anna, ben], jobs: jobs)

    static func visit(_ job: String, _ arrival: Minutes, _ duration: Minutes) -> Visit {
        Visit(job: job, arrival: arrival, wait: 0, start: arrival, end: arrival + duration, travelTime: 10, distance: 5)
    }

    static let schedule = Schedule(
        name: problem.name,
        routes: [
            Route(technician: "t1", day: 1, departure: 480, visits: [visit("j1", 540, 60), visit("j2", 640, 45)],
                  breaks: [BreakPeriod(start: 700, end: 730)], returnTime: 760, returnTravelTime: 10, returnDistance: 5,
                  travelTime: 30, distance: 15, overtime: 0, cost: 100),
            Route(technician: "t2", day: 2, departure: 1920, visits: [visit("j6", 1980, 120)], breaks: [],
                  returnTime: 2110, returnTravelTime: 10, returnDistance: 5, travelTime: 20, distance: 10, overtime: 0, cost: 80),
        ],
        unassigned: [UnassignedJob(job: "j5", reason: .capacity, message: "full", technician: "t1", minutesShort: 20)],
        referrals: [Referral(job: "j4", provider: "p1", day: 1, cost: 150, reason: .noSkill)],
        purchaseOrders: [PurchaseOrder(supplier: "s1", part: "valve", quantity: 1, orderDay: 0, arrivalDay: 2, jobs: ["j6"], cost: 119.55)],
        loadingLists: [LoadingList(technician: "t2", day: 2, items: [LoadingItem(part: "valve", quantity: 1, jobs: ["j6"])])],
        kpis: KPIs(cost: 0, costs: CostBreakdown(), travelTime: 0, distance: 0, overtime: 0, jobsPlaced: 3, jobsReferred: 1,
                   jobsUnassigned: 1, placedByUrgency: [:], unassignedByUrgency: [:], lowerBound: nil, gap: nil,
                   provenOptimal: false, solveSeconds: 0))
}
