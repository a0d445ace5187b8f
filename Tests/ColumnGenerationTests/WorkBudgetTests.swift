import Testing
@testable import ColumnGeneration

/// A work limit ends the bound by counted work, not by the clock, so its result repeats.
@Suite("Work budget of the bound")
struct WorkBudgetTests {
    @Test("a run that converges reports its work; a work limit cuts it short the same way every time")
    func workLimit() throws {
        let network = try RandomNetworks.network(seed: 911, customers: 14, classes: 2, vehicles: 3)
        let noPlan = network.customers.reduce(0) { $0 + $1.penalty }
        let far = ContinuousClock.now.advanced(by: .seconds(120))
        let full = try BranchAndPrice.solve(network: network, initial: [], incumbentCost: noPlan,
                                            options: BoundOptions(deadline: far, prove: true))
        #expect(full.isOptimal)
        #expect(full.work > 0)

        var options = BoundOptions(deadline: far, prove: true)
        options.workLimit = full.work / 3
        let first = try BranchAndPrice.solve(network: network, initial: [], incumbentCost: noPlan, options: options)
        let second = try BranchAndPrice.solve(network: network, initial: [], incumbentCost: noPlan, options: options)
        #expect(!first.isOptimal, "a third of the work does not finish the proof")
        #expect(first.work >= full.work / 3, "the run ends once the limit is reached")
        #expect(first.work < full.work)
        #expect(first.lowerBound == second.lowerBound && first.upperBound == second.upperBound)
        #expect(first.work == second.work && first.nodes == second.nodes && first.columns == second.columns)
        if let bound = first.lowerBound { #expect(bound <= full.upperBound + 1e-6) }
    }

    @Test("the budget counts units and sees the deadline and the stop request")
    func budget() {
        let far = ContinuousClock.now.advanced(by: .seconds(600))
        let limited = WorkBudget(deadline: far, limit: 10, stop: nil)
        #expect(!limited.isExhausted)
        limited.spend(9)
        #expect(!limited.isExhausted)
        limited.spend(1)
        #expect(limited.isExhausted && limited.used == 10)
        #expect(WorkBudget(deadline: ContinuousClock.now.advanced(by: .seconds(-1)), limit: nil, stop: nil).isExhausted)
        #expect(WorkBudget(deadline: nil, limit: nil, stop: { true }).isExhausted)
        #expect(!WorkBudget(deadline: nil, limit: nil, stop: nil).isExhausted)
        #expect(WorkBudget.units(lpColumns: 500) == 1_500)
    }
}
