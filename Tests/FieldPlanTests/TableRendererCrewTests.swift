import FieldPlan
import Foundation
import Testing

/// The plan table shows a crew job on every member's block, tagged.
@Suite("Plan table with crews")
struct TableRendererCrewTests {
    @Test("both members list the crew job, with the others and the lead")
    func crewRows() {
        func technician(_ id: String, _ name: String) -> Technician {
            Technician(id: id, name: name, skills: ["hvac": 2], shifts: [Shift(day: 1, start: 480, end: 1020)],
                       start: Location(latitude: 42.96, longitude: -85.67))
        }
        let job = Job(id: "c", customer: Customer(name: "Ann Lee"), location: Location(latitude: 42.95, longitude: -85.65),
                      duration: 60, requiredSkills: ["hvac": 1], description: "Boiler", crewSize: 2)
        let problem = Problem(name: "crews", technicians: [technician("tom", "Tom Ray"), technician("ulla", "Ulla Berg")], jobs: [job])
        func route(_ technician: String) -> Route {
            var visit = Visit(job: "c", arrival: 530, wait: 0, start: 540, end: 600, travelTime: 20, distance: 9)
            visit.crew = ["tom", "ulla"]
            return Route(technician: technician, day: 1, departure: 480, visits: [visit], breaks: [], returnTime: 620,
                         returnTravelTime: 20, returnDistance: 9, travelTime: 40, distance: 18, overtime: 0, cost: 50)
        }
        let schedule = Schedule(
            name: "crews", routes: [route("tom"), route("ulla")], unassigned: [],
            kpis: KPIs(cost: 0, costs: CostBreakdown(), travelTime: 0, distance: 0, overtime: 0, jobsPlaced: 1, jobsReferred: 0,
                       jobsUnassigned: 0, placedByUrgency: [:], unassignedByUrgency: [:], lowerBound: nil, gap: nil,
                       provenOptimal: false, solveSeconds: 0))
        let text = TableRenderer(problem: problem).render(schedule)
        #expect(text.contains("[crew with Ulla, lead you] Boiler"), "\(text)")
        #expect(text.contains("[crew with Tom, lead Tom] Boiler"), "\(text)")
        #expect(text.contains("jobs placed") && text.contains("1 of 1"))
    }
}
