import Testing
@testable import ColumnGeneration

@Suite("Subset-row cuts")
struct SubsetRowCutTests {
    @Test("a route's coefficient is half its visits to the three customers, rounded down")
    func coefficients() {
        let cut = SubsetRowCut(5, 1, 3)
        #expect(cut.customers == [1, 3, 5])
        #expect(cut.coefficient(of: [1]) == 0)
        #expect(cut.coefficient(of: [0, 1, 2, 3]) == 1)
        #expect(cut.coefficient(of: [1, 3, 5]) == 1)
        #expect(cut.coefficient(of: [1, 3, 1, 5]) == 2)
        #expect(cut.coefficient(of: [0, 2, 4]) == 0)
    }

    @Test("three routes through two of three customers each, at one half, violate the cut on the three")
    func separatesTheClassicTriangle() {
        let columns = [Column(vehicleClass: 0, sequence: [0, 1], cost: 1),
                       Column(vehicleClass: 0, sequence: [1, 2], cost: 1),
                       Column(vehicleClass: 0, sequence: [2, 0, 3], cost: 1),
                       Column(vehicleClass: 0, sequence: [3], cost: 1)]
        let cuts = SubsetRowCut.separate(columns: columns, values: [0.5, 0.5, 0.5, 0.5], customerCount: 4,
                                         existing: [], limit: 10)
        #expect(cuts == [SubsetRowCut(0, 1, 2)])
        // Known cuts are not returned again; an integral solution violates nothing.
        #expect(SubsetRowCut.separate(columns: columns, values: [0.5, 0.5, 0.5, 0.5], customerCount: 4,
                                      existing: [SubsetRowCut(0, 1, 2)], limit: 10).isEmpty)
        #expect(SubsetRowCut.separate(columns: columns, values: [1, 0, 0, 1], customerCount: 4,
                                      existing: [], limit: 10).isEmpty)
    }

    @Test("pricing with cut duals finds the least reduced cost that enumeration finds", arguments: 0..<8)
    func pricingAccountsForCuts(seed: Int) throws {
        let n = 7
        let network = try RandomNetworks.network(seed: UInt64(1300 + seed), customers: n)
        var g = RandomNetworks.Generator(state: UInt64(seed + 77))
        var cuts: [SubsetRowDual] = []
        for _ in 0..<4 {
            let a = g.int(0...(n - 1)), b = (a + 1 + g.int(0...(n - 3))) % n
            var c = g.int(0...(n - 1))
            while c == a || c == b { c = (c + 1) % n }
            cuts.append(SubsetRowDual(cut: SubsetRowCut(a, b, c), dual: -g.uniform(0...40)))
        }
        let duals = PricingDuals(customer: (0..<n).map { _ in g.uniform(10...90) }, vehicleClass: [0], subsetRows: cuts)
        let routes = RandomNetworks.allRoutes(network, vehicleClass: 0)
        func reducedCost(_ r: [Int]) -> Double {
            network.evaluate(r, vehicleClass: 0).cost - r.reduce(0) { $0 + duals.customer[$1] }
                - cuts.reduce(0) { $0 + $1.dual * Double($1.cut.coefficient(of: r)) }
        }
        let expected = min(0, routes.map(reducedCost).min() ?? 0)
        let result = Pricer(network: network, ngSize: n)
            .price(vehicleClass: 0, duals: duals, filter: ArcFilter(customerCount: n, classCount: 1), effort: .exact)
        #expect(result.isExact)
        #expect(abs(result.minimumReducedCost - expected) < 1e-6, "\(result.minimumReducedCost) vs \(expected)")
        for column in result.columns { #expect(reducedCost(column.sequence) < -1e-7) }
    }
}
