import Checker
import FieldPlan
import Foundation
import Testing

/// `Scenarios/crew-and-tools.json` shows what its README promises: a tool shared by three
/// jobs on different vans, a mid-day depot pick-up of a part only the depot has, two
/// crews of two that start together, and a part bought at a supplier's counter; and the
/// plan passes the independent checker.
@Suite("Crew-and-tools scenario")
struct CrewAndToolsScenarioTests {
    @Test("the day plans fully, checks, and has the shared tool, the mid-day pick-up and both crews")
    func scenario() throws {
        let problem = try FieldPlan.load(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/crew-and-tools.json"))
        #expect(problem.validate().isEmpty)
        let schedule = try FieldPlan.optimize(problem, options: PlanOptions(timeLimit: 60, seed: 1, iterations: 400))
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
        #expect(schedule.unassigned.isEmpty && schedule.kpis.jobsPlaced == 14)

        // The recovery machine: three jobs, three vans; the depot's two units are borrowed at pick-ups.
        let recovery = ["J-3001", "J-3002", "J-3003"]
        let doers = recovery.compactMap { job in schedule.routes.first { $0.visits.contains { $0.job == job } }?.technician }
        #expect(Set(doers).count == 3)
        let borrowed = schedule.routes.flatMap(\.pickups).flatMap(\.tools).filter { $0.tool == "recovery-unit" }
        #expect(borrowed.count == 2)

        // The water heater: picked up at the depot after at least one job of the day.
        let heater = try #require(schedule.routes.first { $0.visits.contains { $0.job == "J-3004" } })
        let visits = heater.visits.map(\.job)
        let stop = try #require(heater.visits.firstIndex { $0.kind == .depotPickup })
        #expect(heater.visits[stop].items.contains { $0.part == "wh-gas-40" })
        #expect(stop > 0 && stop < (visits.firstIndex(of: "J-3004") ?? 0), "\(visits)")

        // The crews: two members each, starting together; the expert leads the rooftop swap.
        for job in ["J-3007", "J-3008"] {
            let members = schedule.routes.compactMap { route in route.visits.first { $0.job == job }.map { (route.technician, $0) } }
            #expect(members.count == 2)
            #expect(Set(members.map(\.1.start)).count == 1)
        }
        let rooftop = schedule.routes.flatMap(\.visits).first { $0.job == "J-3008" }
        #expect(rooftop?.crew.first == "t-mara")

        // The GFCI for J-3009 is bought at the electrical supplier's counter in Grandville, not at the depot.
        let counterStops = schedule.routes.flatMap(\.pickups).filter { $0.supplier == "gr-electric" }
        #expect(counterStops.flatMap(\.items).contains { $0.part == "gfci-20a" && $0.jobs == ["J-3009"] })
        #expect(schedule.purchaseOrders.contains { $0.supplier == "gr-electric" && $0.counterTechnician != nil })
    }
}
