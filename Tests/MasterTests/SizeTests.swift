import Testing
import Master
import MIP

@Suite("Masters of realistic size")
struct SizeTests {
    @Test("a random pool of 100 jobs and 600 routes finds at least the incumbent under a 2-second limit",
          arguments: [UInt64(1), 2, 3])
    func hundredJobs(seed: UInt64) throws {
        let (problem, incumbent) = Fixtures.geographicPool(seed: seed)
        #expect(problem.jobCount == 100 && problem.columns.count == 600 && incumbent.count == 25)
        let incumbentCost = try #require(Fixtures.cost(of: incumbent, in: problem))
        let master = SetPartitioningMaster(problem)
        let solution = try master.solve(incumbent: incumbent, timeLimit: 2)
        #expect(solution.hasSolution)
        #expect(solution.objective <= incumbentCost + 1e-6)
        let recomputed = try #require(Fixtures.cost(of: solution.chosen, in: problem))
        #expect(abs(recomputed - solution.objective) < 1e-6)
        if let bound = solution.bestBound { #expect(bound <= solution.objective + 1e-6) }
        let lp = try master.solveRelaxation()
        #expect(lp.objective <= solution.objective + 1e-6)
        print("size test seed \(seed): \(solution.status), incumbent \(incumbentCost), objective \(solution.objective), LP \(lp.objective), bound \(solution.bestBound.map(String.init(describing:)) ?? "none"), \(solution.seconds) s")
    }
}
