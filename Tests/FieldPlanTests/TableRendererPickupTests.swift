import FieldPlan
import Foundation
import Testing

/// The plan table shows a depot pick-up as its own row.
@Suite("Plan table with depot pick-ups")
struct TableRendererPickupTests {
    @Test("the pick-up row: times, the depot, what is collected")
    func pickupRow() {
        let depot = Location(latitude: 42.90, longitude: -85.70)
        let tom = Technician(id: "tom", name: "Tom", skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                             start: Location(latitude: 42.96, longitude: -85.67))
        let job = Job(id: "a", customer: Customer(name: "Ann Lee"), location: Location(latitude: 42.95, longitude: -85.65),
                      duration: 45, requiredSkills: ["hvac": 1], parts: ["valve": 2])
        let problem = Problem(name: "pick-ups", parts: [Part(id: "valve", name: "Valve")],
                              depot: Depot(location: depot, stock: ["valve": 10], pickup: DepotPickup(handlingMinutes: 10)),
                              technicians: [tom], jobs: [job])
        let stop = Visit.depotPickup(at: depot, arrival: 500, wait: 0, start: 500, end: 510, travelTime: 20, distance: 8,
                                     items: [LoadingItem(part: "valve", quantity: 2, jobs: ["a"])],
                                     tools: [LoadingTool(tool: "crimper", jobs: ["a"])])
        let schedule = Schedule(
            name: "pick-ups",
            routes: [Route(technician: "tom", day: 1, departure: 480,
                           visits: [stop, Visit(job: "a", arrival: 530, wait: 0, start: 530, end: 575, travelTime: 20, distance: 9)],
                           breaks: [], returnTime: 600, returnTravelTime: 25, returnDistance: 10, travelTime: 65, distance: 27,
                           overtime: 0, cost: 50)],
            unassigned: [],
            loadingLists: [LoadingList(technician: "tom", day: 1, items: [LoadingItem(part: "valve", quantity: 2, jobs: ["a"])],
                                       tools: [LoadingTool(tool: "crimper", jobs: ["a"])])],
            kpis: KPIs(cost: 0, costs: CostBreakdown(), travelTime: 0, distance: 0, overtime: 0, jobsPlaced: 1, jobsReferred: 0,
                       jobsUnassigned: 0, placedByUrgency: [:], unassignedByUrgency: [:], lowerBound: nil, gap: nil,
                       provenOptimal: false, solveSeconds: 0))
        let lines = TableRenderer(problem: problem).render(schedule).split(separator: "\n").map(String.init)
        let row = lines.first { $0.contains("Depot pick-up") }
        #expect(row?.contains("08:20") == true && row?.contains("08:30") == true, "\(lines)")
        #expect(row?.contains("2 x valve, borrow crimper") == true)
        #expect(lines.contains { $0.hasPrefix("  2 ") && $0.contains("Ann Lee") })
        // The day's list names the tools to borrow too.
        #expect(lines.contains("  day 1 Tom: 2 x valve, borrow crimper"), "\(lines)")
    }
}
