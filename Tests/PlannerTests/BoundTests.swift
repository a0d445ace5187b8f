import Checker
import FieldService
import Planner
import Schedule
import Testing

/// The engine's lower bounds against the exact compact MIP, and proofs by branch-and-price.
@Suite("Lower bounds and proofs")
struct BoundTests {
    @Test("the reported lower bound never exceeds the exact MIP's optimum", arguments: 0..<30)
    func boundBelowOptimum(seed: Int) throws {
        let problem = RandomDay.make(seed: UInt64(1000 + seed), jobs: 4 + seed % 4, days: seed % 5 == 4 ? 2 : 1)
        let exact = try CompactMIPPlanner(options: PlanOptions(timeLimit: 30)).plan(problem)
        #expect(exact.kpis.provenOptimal)
        var options = PlanOptions(timeLimit: 30, seed: 1, iterations: 400)
        options.bound = .prove
        let engine = EnginePlanner(options: options).plan(problem)
        #expect(FeasibilityChecker(problem: problem).check(engine).isEmpty)
        let bound = try #require(engine.kpis.lowerBound, "no bound on a day of \(problem.jobs.count) jobs")
        let tolerance = 1e-6 * max(1, exact.kpis.cost)
        #expect(bound <= exact.kpis.cost + tolerance, "bound \(bound) above the optimum \(exact.kpis.cost)")
        #expect(bound <= engine.kpis.cost + tolerance)
        if engine.kpis.provenOptimal {
            #expect(abs(engine.kpis.cost - exact.kpis.cost) <= tolerance)
        }
    }

    @Test("a 25-customer Solomon instance is proven optimal at the published value")
    func solomonProof() throws {
        let problem = try Problem.loadSolomon(text: SolomonSample.c101, customers: 25).applying(.truncate1)
        var options = PlanOptions(timeLimit: 60, seed: 1, iterations: 2000)
        options.bound = .prove
        let schedule = EnginePlanner(options: options).plan(problem)
        #expect(FeasibilityChecker(problem: problem).check(schedule).isEmpty)
        #expect(schedule.kpis.provenOptimal)
        #expect(abs(schedule.kpis.distance - 191.3) < 1e-6)
        #expect(abs((schedule.kpis.lowerBound ?? 0) - 191.3) < 1e-6)
        #expect(schedule.kpis.gap == 0)
    }

    @Test("a --prove run with an iteration budget repeats exactly: plan, bound and proof")
    func proofIsReproducible() throws {
        let problem = try Problem.loadSolomon(text: SolomonSample.c101, customers: 15).applying(.truncate1)
        var options = PlanOptions(timeLimit: 60, seed: 3, iterations: 800)
        options.bound = .prove
        var a = EnginePlanner(options: options).plan(problem)
        var b = EnginePlanner(options: options).plan(problem)
        a.kpis.solveSeconds = 0
        b.kpis.solveSeconds = 0
        #expect(a == b)
        #expect(a.kpis.provenOptimal)
    }

    @Test("--no-bound leaves the bound unknown; the default reports one")
    func boundModes() throws {
        let problem = RandomDay.make(seed: 77, jobs: 6, days: 1)
        var options = PlanOptions(timeLimit: 10, seed: 1, iterations: 300)
        options.bound = .none
        #expect(EnginePlanner(options: options).plan(problem).kpis.lowerBound == nil)
        options.bound = .lowerBound
        let bounded = EnginePlanner(options: options).plan(problem)
        #expect(bounded.kpis.lowerBound != nil)
        #expect(bounded.kpis.gap != nil)
    }

    @Test("truncate1 turns plane distances into a matrix of distances truncated to one decimal")
    func truncation() throws {
        let problem = try Problem.loadSolomon(text: SolomonSample.c101, customers: 5)
        let truncated = problem.applying(.truncate1)
        guard case let .matrix(matrix) = truncated.travel else {
            Issue.record("expected a matrix")
            return
        }
        for row in matrix.distances ?? [] {
            for d in row { #expect(abs(d * 10 - (d * 10).rounded()) < 1e-9) }
        }
        #expect(problem.applying(.exact) == problem)
        #expect(truncated.validate().isEmpty)
    }
}
