import Master
import Testing

/// Linked jobs (a crew's visits on different routes) are covered together or not at all.
@Suite("Linked jobs in the master")
struct LinkedJobsTests {
    /// Job 0 (penalty 100) on vehicle 0 for 10, job 1 (penalty 0) on vehicle 1 for 50.
    static func problem(linked: [[Int]]) -> MasterProblem {
        MasterProblem(jobCount: 2, vehicleCount: 2, penalties: [100, 0],
                      columns: [MasterColumn(vehicle: 0, jobs: [0], cost: 10), MasterColumn(vehicle: 1, jobs: [1], cost: 50)],
                      linkedJobs: linked)
    }

    @Test("unlinked, the cheap job alone is covered (10); linked, both are (60), not neither (100)")
    func coveredTogether() throws {
        let free = try SetPartitioningMaster(Self.problem(linked: [])).solve(incumbent: nil, timeLimit: 10)
        #expect(free.chosen == [0] && free.objective == 10)
        let linked = try SetPartitioningMaster(Self.problem(linked: [[0, 1]])).solve(incumbent: nil, timeLimit: 10)
        #expect(linked.status == .optimal)
        #expect(linked.chosen == [0, 1] && linked.uncovered.isEmpty && linked.objective == 60)
    }

    @Test("linked, and covering both costs more than the penalty: neither is covered")
    func neither() throws {
        var problem = Self.problem(linked: [[0, 1]])
        problem.columns[1].cost = 95
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.chosen.isEmpty && solution.uncovered == [0, 1] && solution.objective == 100)
    }

    @Test("a linked job out of range, or in two groups, is a typed error")
    func validation() {
        #expect(throws: MasterError.invalidLinkedJob(group: 0, job: 2)) { try Self.problem(linked: [[0, 2]]).validate() }
        #expect(throws: MasterError.invalidLinkedJob(group: 1, job: 1)) { try Self.problem(linked: [[0, 1], [1]]).validate() }
    }
}
