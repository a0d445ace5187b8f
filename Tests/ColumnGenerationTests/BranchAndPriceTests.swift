import Testing
@testable import ColumnGeneration

@Suite("Bounds and branch-and-price")
struct BranchAndPriceTests {
    @Test("the root bound never exceeds the optimum, and branch-and-price proves the optimum", arguments: 0..<10)
    func provesOptimum(seed: Int) throws {
        let network = try RandomNetworks.network(seed: UInt64(700 + seed), customers: 8, classes: 1 + seed % 2, vehicles: 2)
        let optimum = RandomNetworks.optimum(network)
        let noPlan = network.customers.reduce(0) { $0 + $1.penalty }
        let far = ContinuousClock.now.advanced(by: .seconds(60))
        let root = try BranchAndPrice.solve(network: network, initial: [], incumbentCost: noPlan,
                                            options: BoundOptions(deadline: far, prove: false))
        let rootBound = try #require(root.lowerBound)
        #expect(rootBound <= optimum + 1e-6)
        let proof = try BranchAndPrice.solve(network: network, initial: [], incumbentCost: noPlan,
                                             options: BoundOptions(deadline: far, prove: true))
        #expect(proof.isOptimal)
        #expect(abs(proof.upperBound - optimum) < 1e-6, "found \(proof.upperBound), optimum \(optimum)")
        #expect(abs((proof.lowerBound ?? -1) - optimum) < 1e-6)
        if optimum < noPlan - 1e-6 {
            let plan = try #require(proof.improvedPlan)
            var seen = Set<Int>()
            var cost = 0.0
            for column in plan {
                #expect(network.evaluate(column.sequence, vehicleClass: column.vehicleClass).feasible)
                for c in column.sequence { #expect(seen.insert(c).inserted) }
                cost += column.cost
            }
            cost += (0..<network.customerCount).filter { !seen.contains($0) }.reduce(0) { $0 + network.customers[$1].penalty }
            #expect(abs(cost - optimum) < 1e-6)
        }
    }
}
