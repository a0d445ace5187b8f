import Testing
import Master
import MIP

@Suite("Solving the set-partitioning master")
struct MasterSolveTests {
    @Test("a pool where the greedy choice is wrong reaches its known optimum")
    func greedyTrap() throws {
        let master = SetPartitioningMaster(Fixtures.greedyTrap())
        let solution = try master.solve(incumbent: nil, timeLimit: 10)
        #expect(solution.status == .optimal)
        #expect(solution.chosen == [2, 3])
        #expect(solution.uncovered.isEmpty)
        #expect(abs(solution.objective - 6.6) < 1e-9)
        let bound = try #require(solution.bestBound)
        #expect(abs(bound - 6.6) < 1e-6)
        #expect(solution.seconds >= 0)
    }

    @Test("leaving a job uncovered is chosen when its penalty is cheaper than covering it")
    func uncoveredPenalty() throws {
        let problem = MasterProblem(
            jobCount: 2, vehicleCount: 1, penalties: [100, 10],
            columns: [
                MasterColumn(vehicle: 0, jobs: [0, 1], cost: 50),
                MasterColumn(vehicle: 0, jobs: [0], cost: 5),
            ])
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.status == .optimal)
        #expect(solution.chosen == [1])
        #expect(solution.uncovered == [1])
        #expect(solution.objective == 15)

        var expensive = problem
        expensive.penalties[1] = 60
        let covered = try SetPartitioningMaster(expensive).solve(incumbent: nil, timeLimit: 10)
        #expect(covered.chosen == [0] && covered.uncovered.isEmpty && covered.objective == 50)
    }

    @Test("each vehicle drives at most one route")
    func vehicleLimit() throws {
        let problem = MasterProblem(
            jobCount: 2, vehicleCount: 2, penalties: [100, 100],
            columns: [
                MasterColumn(vehicle: 0, jobs: [0], cost: 1),
                MasterColumn(vehicle: 0, jobs: [1], cost: 1),
                MasterColumn(vehicle: 1, jobs: [1], cost: 30),
            ])
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.chosen == [0, 2])
        #expect(solution.objective == 31)

        var oneVehicle = problem
        oneVehicle.columns.removeLast()
        let limited = try SetPartitioningMaster(oneVehicle).solve(incumbent: nil, timeLimit: 10)
        #expect(limited.chosen.count == 1)
        #expect(limited.uncovered.count == 1)
        #expect(limited.objective == 101)
    }

    @Test("a binding van allowance plus depot stock changes the optimum")
    func sharedResource() throws {
        // Depot 1: the big route needs 3 - 1 (van) = 2 from the depot, too many.
        let tight = try SetPartitioningMaster(Fixtures.partsProblem(depot: 1)).solve(incumbent: nil, timeLimit: 10)
        #expect(tight.status == .optimal)
        #expect(tight.chosen == [1, 2])
        #expect(tight.objective == 6)
        // Depot 2 covers the big route's overflow.
        let loose = try SetPartitioningMaster(Fixtures.partsProblem(depot: 2)).solve(incumbent: nil, timeLimit: 10)
        #expect(loose.chosen == [0])
        #expect(loose.objective == 4)
        // No depot at all: technician 1 has no van stock, so it cannot do job 1;
        // technician 0 can do only job 0.
        let none = try SetPartitioningMaster(Fixtures.partsProblem(depot: 0)).solve(incumbent: nil, timeLimit: 10)
        #expect(none.chosen == [1])
        #expect(none.uncovered == [1])
        #expect(none.objective == 103)
    }

    @Test("an overtime budget without allowances limits the routes chosen together")
    func overtimeBudget() throws {
        func problem(budget: Double) -> MasterProblem {
            MasterProblem(
                jobCount: 4, vehicleCount: 2, penalties: Array(repeating: 100, count: 4),
                columns: [
                    MasterColumn(vehicle: 0, jobs: [0, 1], cost: 10, usage: [0: 40]),
                    MasterColumn(vehicle: 1, jobs: [2, 3], cost: 10, usage: [0: 40]),
                    MasterColumn(vehicle: 0, jobs: [1, 0], cost: 14),
                    MasterColumn(vehicle: 1, jobs: [3, 2], cost: 13, usage: [0: 10]),
                ],
                resources: [SharedResource(name: "overtime", shared: budget)])
        }
        let unlimited = try SetPartitioningMaster(problem(budget: 100)).solve(incumbent: nil, timeLimit: 10)
        #expect(unlimited.chosen == [0, 1] && unlimited.objective == 20)
        let limited = try SetPartitioningMaster(problem(budget: 60)).solve(incumbent: nil, timeLimit: 10)
        #expect(limited.chosen == [0, 3] && limited.objective == 23)
        let none = try SetPartitioningMaster(problem(budget: 0)).solve(incumbent: nil, timeLimit: 10)
        #expect(none.chosen == [2] && none.uncovered == [2, 3] && none.objective == 214)
    }

    @Test("the master matches exhaustive enumeration on small random pools with resources")
    func matchesBruteForce() throws {
        for seed in UInt64(1)...25 {
            let problem = Fixtures.randomSmall(seed: seed)
            let expected = Fixtures.bruteForce(problem)
            let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
            #expect(solution.status == .optimal, "seed \(seed)")
            #expect(abs(solution.objective - expected.objective) < 1e-6, "seed \(seed)")
            #expect(Fixtures.cost(of: solution.chosen, in: problem).map { abs($0 - solution.objective) < 1e-9 } == true, "seed \(seed)")
        }
    }

    @Test("the incumbent warm start survives a zero time limit and is returned")
    func warmStartZeroTimeLimit() throws {
        let master = SetPartitioningMaster(Fixtures.greedyTrap())
        let solution = try master.solve(incumbent: [1, 0], timeLimit: 0)
        #expect(solution.status == .feasible)
        #expect(solution.chosen == [0, 1])
        #expect(solution.uncovered.isEmpty)
        #expect(solution.objective == 13)

        let empty = try master.solve(incumbent: nil, timeLimit: 0)
        #expect(empty.status == .feasible)
        #expect(empty.chosen.isEmpty && empty.uncovered == [0, 1, 2, 3, 4] && empty.objective == 500)

        let improved = try master.solve(incumbent: [0, 1], timeLimit: 10)
        #expect(improved.status == .optimal && improved.chosen == [2, 3])
    }

    @Test("an incumbent the master cannot accept throws a typed error naming the problem")
    func infeasibleIncumbent() {
        let master = SetPartitioningMaster(Fixtures.greedyTrap())
        #expect(throws: MasterError.incumbentCoversJobTwice(job: 2, firstColumn: 0, secondColumn: 3)) {
            try master.solve(incumbent: [0, 3], timeLimit: 1)
        }
        #expect(throws: MasterError.incumbentUsesVehicleTwice(vehicle: 0, firstColumn: 2, secondColumn: 6)) {
            try master.solve(incumbent: [2, 6], timeLimit: 1)
        }
        #expect(throws: MasterError.incumbentColumnOutOfRange(position: 1, column: 8, columnCount: 8)) {
            try master.solve(incumbent: [2, 8], timeLimit: 1)
        }
        #expect(throws: MasterError.incumbentRepeatsColumn(column: 2)) {
            try master.solve(incumbent: [2, 2], timeLimit: 1)
        }
        let parts = SetPartitioningMaster(Fixtures.partsProblem(depot: 1))
        #expect(throws: MasterError.incumbentExceedsSharedResource(resource: 0, name: "part", needed: 2, shared: 1)) {
            try parts.solve(incumbent: [0], timeLimit: 1)
        }
    }

    @Test("invalid problems and arguments are rejected with typed errors before solving")
    func validation() {
        let base = Fixtures.partsProblem(depot: 1)
        func error(_ edit: (inout MasterProblem) -> Void) -> MasterError? {
            var problem = base
            edit(&problem)
            do {
                _ = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 1)
                return nil
            } catch {
                return error
            }
        }
        #expect(error { $0.columns[1].jobs = [0, 2] } == .jobOutOfRange(column: 1, job: 2, jobCount: 2))
        #expect(error { $0.columns[1].jobs = [0, 0] } == .repeatedJob(column: 1, job: 0))
        #expect(error { $0.columns[2].vehicle = 5 } == .vehicleOutOfRange(column: 2, vehicle: 5, vehicleCount: 2))
        #expect(error { $0.columns[0].cost = .nan }.map { if case .nonFiniteCost(column: 0, _) = $0 { true } else { false } } == true)
        #expect(error { $0.columns[0].usage = [0: -1] } == .invalidUsage(column: 0, resource: 0, value: -1))
        #expect(error { $0.columns[0].usage = [3: 1] } == .resourceOutOfRange(column: 0, resource: 3, resourceCount: 1))
        #expect(error { $0.penalties = [1] } == .penaltyCountMismatch(expected: 2, actual: 1))
        #expect(error { $0.penalties[1] = .infinity } == .invalidPenalty(job: 1, value: .infinity))
        #expect(error { $0.resources[0].shared = -2 } == .invalidSharedAmount(resource: 0, name: "part", value: -2))
        #expect(error { $0.resources[0].allowance[4] = -1 } == .invalidAllowance(resource: 0, name: "part", group: 4, value: -1))
        #expect(error { $0.vehicleCount = -1 } == .invalidVehicleCount(-1))

        let master = SetPartitioningMaster(base)
        #expect(throws: MasterError.invalidTimeLimit(-1)) { try master.solve(incumbent: nil, timeLimit: -1) }
        #expect(throws: MasterError.invalidRelativeGap(1)) { try master.solve(incumbent: nil, timeLimit: 1, relativeGap: 1) }
        var broken = base
        broken.columns[1].jobs = [7]
        #expect(throws: MasterError.jobOutOfRange(column: 1, job: 7, jobCount: 2)) {
            try SetPartitioningMaster(broken).solveRelaxation()
        }
        #expect(MasterError.jobOutOfRange(column: 1, job: 7, jobCount: 2).description == "columns[1]: job 7 is not in 0..<2")
    }

    @Test("the same problem gives the same solution")
    func determinism() throws {
        let (problem, incumbent) = Fixtures.geographicPool(seed: 11, jobCount: 40, vehicleCount: 10, columns: 150)
        let first = try SetPartitioningMaster(problem).solve(incumbent: incumbent, timeLimit: 20)
        let second = try SetPartitioningMaster(problem).solve(incumbent: incumbent, timeLimit: 20)
        #expect(first.status == .optimal)
        #expect(first.chosen == second.chosen)
        #expect(first.uncovered == second.uncovered)
        #expect(first.objective == second.objective)
        #expect(try SetPartitioningMaster(problem).model().constraints == SetPartitioningMaster(problem).model().constraints)
    }

    @Test("an empty pool leaves every job uncovered")
    func emptyPool() throws {
        let problem = MasterProblem(jobCount: 3, vehicleCount: 2, penalties: [1, 2, 3], columns: [])
        let solution = try SetPartitioningMaster(problem).solve(incumbent: [], timeLimit: 1)
        #expect(solution.hasSolution)
        #expect(solution.chosen.isEmpty && solution.uncovered == [0, 1, 2] && solution.objective == 6)
        let relaxation = try SetPartitioningMaster(problem).solveRelaxation()
        #expect(relaxation.objective == 6 && relaxation.jobDuals == [1, 2, 3] && relaxation.vehicleDuals == [0, 0])
    }
}
