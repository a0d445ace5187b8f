import Testing
@testable import ColumnGeneration

@Suite("Completion bounds")
struct CompletionBoundsTests {
    @Test("no route finishes cheaper than the bound at any of its customers", arguments: 0..<10)
    func boundsEveryRouteSuffix(seed: Int) throws {
        let n = 8
        let network = try RandomNetworks.network(seed: UInt64(700 + seed), customers: n, classes: 2)
        var g = RandomNetworks.Generator(state: UInt64(seed + 900))
        let duals = PricingDuals(customer: (0..<n).map { _ in g.uniform(-10...90) },
                                 vehicleClass: [-g.uniform(0...10), -g.uniform(0...10)])
        // A small ng set, so that going back and forth is allowed for some pairs.
        let pricer = Pricer(network: network, ngSize: 3)
        let filter = ArcFilter(customerCount: n, classCount: 2)
        for k in 0..<2 {
            let v = network.classes[k]
            func reducedArc(_ i: Int, _ j: Int) -> Double {
                let from = i == n ? v.startNode : i
                return v.costPerKm * network.distance(from, j) + v.costPerMinute * (network.travel(from, j) + network.customers[j].service)
                    + v.visitCost[j] - duals.customer[j]
            }
            let bounds = try #require(CompletionBounds(network: network, vehicleClass: k, ngPosition: pricer.ngPosition,
                                                       successors: pricer.successors[k], filter: filter, reducedArc: reducedArc))
            var checked = 0
            for route in RandomNetworks.allRoutes(network, vehicleClass: k) {
                let total = network.evaluate(route, vehicleClass: k).cost - route.reduce(0) { $0 + duals.customer[$1] }
                    - duals.vehicleClass[k]
                var prefix = v.fixedCost - duals.vehicleClass[k]
                var previous = n, time = v.shiftStart, service = 0.0, at = v.startNode
                for c in route {
                    prefix += reducedArc(previous, c)
                    time = try #require(network.serviceStart(c, arrival: time + service + network.travel(at, c)))
                    service = network.customers[c].service
                    at = c
                    previous = c
                    let remaining = total - prefix
                    #expect(bounds.bound(c, time) <= remaining + 1e-6,
                            "class \(k), route \(route), at \(c) time \(time): bound \(bounds.bound(c, time)) > \(remaining)")
                    checked += 1
                }
            }
            #expect(checked > 0)
        }
    }

    @Test("pricing with the bounds still finds the least reduced cost of a tight-dual network")
    func pricingStaysExact() throws {
        // Duals just below route costs: almost every label is pruned, the minimum must survive.
        let n = 7
        let network = try RandomNetworks.network(seed: 4242, customers: n)
        let routes = RandomNetworks.allRoutes(network, vehicleClass: 0)
        let pricer = Pricer(network: network, ngSize: n)
        let filter = ArcFilter(customerCount: n, classCount: 1)
        for scale in [0.3, 0.6, 0.9, 1.2] {
            let duals = PricingDuals(customer: (0..<n).map { j in
                scale * network.evaluate([j], vehicleClass: 0).cost
            }, vehicleClass: [0])
            let expected = min(0, routes.map { r in
                network.evaluate(r, vehicleClass: 0).cost - r.reduce(0) { $0 + duals.customer[$1] }
            }.min() ?? 0)
            let result = pricer.price(vehicleClass: 0, duals: duals, filter: filter, effort: .exact)
            #expect(result.isExact)
            #expect(abs(result.minimumReducedCost - expected) < 1e-6, "scale \(scale)")
        }
    }
}
