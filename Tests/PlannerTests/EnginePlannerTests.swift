import Checker
import FieldService
import Planner
import Schedule
import Testing

@Suite("Route-search engine")
struct EnginePlannerTests {
    func expectAccepted(_ schedule: Schedule, _ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test("finds the exact MIP's optimum on small random days", arguments: 0..<30)
    func matchesExactPlanner(seed: Int) throws {
        let problem = RandomDay.make(seed: UInt64(1000 + seed), jobs: 4 + seed % 4, days: seed % 5 == 4 ? 2 : 1)
        let exact = try CompactMIPPlanner(options: PlanOptions(timeLimit: 30)).plan(problem)
        let engine = EnginePlanner(options: PlanOptions(timeLimit: 30, seed: 1, iterations: 400)).plan(problem)
        expectAccepted(engine, problem)
        #expect(exact.kpis.provenOptimal)
        #expect(engine.kpis.cost <= exact.kpis.cost + 1e-6 * max(1, exact.kpis.cost),
                "engine \(engine.kpis.cost) vs optimum \(exact.kpis.cost)")
    }

    @Test("plans the bundled small day to optimality")
    func bundledSmallDay() throws {
        let problem = try bundledDay()
        let exact = try CompactMIPPlanner(options: PlanOptions(timeLimit: 30)).plan(problem)
        let engine = EnginePlanner(options: PlanOptions(timeLimit: 30, seed: 1)).plan(problem)
        expectAccepted(engine, problem)
        #expect(engine.kpis.cost <= exact.kpis.cost + 1e-6 * exact.kpis.cost, "engine \(engine.kpis.cost) vs \(exact.kpis.cost)")
    }

    @Test("gives the same plan for the same input, options and seed")
    func deterministic() throws {
        let problem = RandomDay.make(seed: 77, jobs: 9)
        let options = PlanOptions(timeLimit: 60, seed: 5, iterations: 500)
        var a = EnginePlanner(options: options).plan(problem)
        var b = EnginePlanner(options: options).plan(problem)
        a.kpis.solveSeconds = 0
        b.kpis.solveSeconds = 0
        #expect(a == b)
    }
}
