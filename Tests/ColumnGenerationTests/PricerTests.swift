import Testing
@testable import ColumnGeneration

@Suite("Labelling pricing")
struct PricerTests {
    @Test("exact pricing finds the least reduced cost that enumeration finds", arguments: 0..<12)
    func agreesWithEnumeration(seed: Int) throws {
        let network = try RandomNetworks.network(seed: UInt64(100 + seed), customers: 7, classes: 2)
        var g = RandomNetworks.Generator(state: UInt64(seed))
        let duals = PricingDuals(customer: (0..<7).map { _ in g.uniform(0...80) },
                                 vehicleClass: [-g.uniform(0...10), -g.uniform(0...10)])
        // ng neighbourhoods as large as the customer set: elementary routes only.
        let pricer = Pricer(network: network, ngSize: 7)
        let filter = ArcFilter(customerCount: 7, classCount: 2)
        for k in 0..<2 {
            let routes = RandomNetworks.allRoutes(network, vehicleClass: k)
            let reduced = routes.map { r in
                network.evaluate(r, vehicleClass: k).cost - r.reduce(0) { $0 + duals.customer[$1] } - duals.vehicleClass[k]
            }
            let expected = min(0, reduced.min() ?? 0)
            let result = pricer.price(vehicleClass: k, duals: duals, filter: filter, effort: .exact)
            #expect(result.isExact)
            #expect(abs(result.minimumReducedCost - expected) < 1e-6, "class \(k): \(result.minimumReducedCost) vs \(expected)")
            // Dominance keeps only routes that can still pay, so not every negative route
            // comes back, but at least one when any exists, each really negative and distinct.
            let negative = reduced.filter { $0 < -1e-7 }.count
            #expect(result.columns.isEmpty == (negative == 0))
            #expect(Set(result.columns.map(\.sequence)).count == result.columns.count)
            for column in result.columns {
                let rc = column.cost - column.sequence.reduce(0) { $0 + duals.customer[$1] } - duals.vehicleClass[k]
                #expect(rc < -1e-7)
                #expect(network.evaluate(column.sequence, vehicleClass: k).feasible)
                #expect(column.isElementary)
            }
        }
    }

    @Test("a small ng neighbourhood never prices above the elementary minimum")
    func ngIsARelaxation() throws {
        for seed in 0..<8 {
            let network = try RandomNetworks.network(seed: UInt64(300 + seed), customers: 8)
            var g = RandomNetworks.Generator(state: UInt64(seed + 50))
            let duals = PricingDuals(customer: (0..<8).map { _ in g.uniform(20...120) }, vehicleClass: [0])
            let filter = ArcFilter(customerCount: 8, classCount: 1)
            let elementary = Pricer(network: network, ngSize: 8).price(vehicleClass: 0, duals: duals, filter: filter, effort: .exact)
            let relaxed = Pricer(network: network, ngSize: 2).price(vehicleClass: 0, duals: duals, filter: filter, effort: .exact)
            #expect(relaxed.minimumReducedCost <= elementary.minimumReducedCost + 1e-6)
        }
    }

    @Test("on hand-built duals, pricing returns the one route that pays")
    func handBuilt() throws {
        // Depot at node 3; customers 0, 1, 2 on a line at 10, 20, 30 from it.
        let positions = [10.0, 20.0, 30.0, 0.0]
        let travel = positions.flatMap { a in positions.map { b in abs(a - b) } }
        let customers = (0..<3).map { _ in PricingNetwork.Customer(service: 0, windows: [.init(start: 0, end: 1000)], penalty: 100) }
        let vehicles = PricingNetwork.VehicleClass(count: 1, startNode: 3, endNode: 3, shiftStart: 0, shiftEnd: 1000,
                                                   latestReturn: 1000, eligible: [true, true, true], visitCost: [0, 0, 0])
        let network = try PricingNetwork(customers: customers, classes: [vehicles], nodeCount: 4, travel: travel, distance: travel)
        // Route 0-1-2 costs 60; only customer 2 is worth visiting (dual 61 > 60 alone), and
        // 0 and 1 are on the way but carry negative duals.
        let duals = PricingDuals(customer: [-5, -5, 61], vehicleClass: [0])
        let result = Pricer(network: network, ngSize: 3)
            .price(vehicleClass: 0, duals: duals, filter: ArcFilter(customerCount: 3, classCount: 1), effort: .exact)
        #expect(result.columns.map(\.sequence) == [[2]])
        #expect(abs(result.minimumReducedCost - (-1)) < 1e-9)
    }
}
