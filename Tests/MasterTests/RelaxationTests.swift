import Testing
import Master
import MIP

@Suite("The master's LP relaxation")
struct RelaxationTests {
    @Test("reported reduced costs equal the documented dual formula")
    func reducedCostFormula() throws {
        var problems = (UInt64(1)...15).map { Fixtures.randomSmall(seed: $0) }
        problems.append(Fixtures.partsProblem(depot: 1))
        problems.append(Fixtures.greedyTrap())
        for (index, problem) in problems.enumerated() {
            let relaxation = try SetPartitioningMaster(problem).solveRelaxation()
            #expect(relaxation.reducedCosts.count == problem.columns.count)
            for (c, column) in problem.columns.enumerated() {
                let formula = SetPartitioningMaster.reducedCost(of: column, duals: relaxation)
                #expect(abs(formula - relaxation.reducedCosts[c]) < 1e-7, "problem \(index), column \(c)")
            }
        }
    }

    @Test("duals have the signs of <= rows and allowance duals lie between the shared dual and 0")
    func dualSigns() throws {
        for seed in UInt64(1)...15 {
            let problem = Fixtures.randomSmall(seed: seed)
            let relaxation = try SetPartitioningMaster(problem).solveRelaxation()
            #expect(relaxation.vehicleDuals.count == problem.vehicleCount)
            #expect(relaxation.vehicleDuals.allSatisfy { $0 <= 1e-9 })
            #expect(relaxation.resourceDuals.count == problem.resources.count)
            #expect(relaxation.resourceDuals.allSatisfy { $0 <= 1e-9 })
            for (resourceIndex, resource) in problem.resources.enumerated() {
                let shared = relaxation.resourceDuals[resourceIndex]
                for group in 0..<2 {
                    let dual = relaxation.allowanceDual(resource: resourceIndex, group: group)
                    #expect(dual <= 1e-9 && dual >= shared - 1e-9, "seed \(seed)")
                    // Complementary slackness on the group's row.
                    let used = problem.columns.indices
                        .filter { problem.columns[$0].group == group }
                        .reduce(0.0) { $0 + (problem.columns[$1].usage[resourceIndex] ?? 0) * relaxation.columnValues[$1] }
                    let allowance = resource.allowance(of: group)
                    if used < allowance - 1e-7 { #expect(abs(dual) < 1e-9, "seed \(seed): under allowance") }
                    if used > allowance + 1e-7 { #expect(abs(dual - shared) < 1e-9, "seed \(seed): drawing on shared") }
                }
            }
        }
    }

    @Test("the LP bound is below the MIP optimum")
    func lowerBound() throws {
        for seed in UInt64(1)...10 {
            let master = SetPartitioningMaster(Fixtures.randomSmall(seed: seed))
            let lp = try master.solveRelaxation()
            let mip = try master.solve(incumbent: nil, timeLimit: 10)
            #expect(lp.objective <= mip.objective + 1e-7)
            #expect(lp.columnValues.allSatisfy { $0 >= -1e-9 && $0 <= 1 + 1e-9 })
            #expect(lp.uncoveredValues.allSatisfy { $0 >= -1e-9 && $0 <= 1 + 1e-9 })
        }
    }

    @Test("a new column priced non-negative does not improve the LP")
    func pricing() throws {
        for seed in UInt64(20)...40 {
            let full = Fixtures.randomSmall(seed: seed, columns: 12)
            var restricted = full
            restricted.columns = Array(full.columns.prefix(8))
            let relaxation = try SetPartitioningMaster(restricted).solveRelaxation()
            for column in full.columns.dropFirst(8) {
                let reducedCost = SetPartitioningMaster.reducedCost(of: column, duals: relaxation)
                guard reducedCost >= 1e-9 else { continue }
                var extended = restricted
                extended.columns.append(column)
                let improved = try SetPartitioningMaster(extended).solveRelaxation()
                #expect(improved.objective >= relaxation.objective - 1e-7, "seed \(seed)")
            }
        }
    }

    @Test("the price of a resource for a group without an allowance row falls back to the shared dual")
    func absentAllowanceRows() {
        let duals = MasterRelaxation(
            objective: 0, columnValues: [], uncoveredValues: [], jobDuals: [5, 7], vehicleDuals: [-1],
            resourceDuals: [-2], allowanceDuals: [ResourceGroup(resource: 0, group: 1): -0.5, ResourceGroup(resource: 0, group: 2): 0],
            reducedCosts: [])
        #expect(duals.allowanceDual(resource: 0, group: 1) == -0.5)
        #expect(duals.allowanceDual(resource: 0, group: 2) == 0)
        #expect(duals.allowanceDual(resource: 0, group: 9) == -2)
        #expect(duals.allowanceDual(resource: 3, group: 1).isNaN)
        let column = MasterColumn(vehicle: 0, group: 9, jobs: [0, 1], cost: 20, usage: [0: 2])
        #expect(SetPartitioningMaster.reducedCost(of: column, duals: duals) == 20 - 12 + 1 + 4)
        #expect(SetPartitioningMaster.reducedCost(of: MasterColumn(vehicle: 0, jobs: [2], cost: 1), duals: duals).isNaN)
    }
}
