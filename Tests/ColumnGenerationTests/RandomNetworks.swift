@testable import ColumnGeneration

/// Seeded random networks and brute-force references for the tests.
struct RandomNetworks {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform(_ range: ClosedRange<Double>) -> Double {
            range.lowerBound + Double(next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    /// `n` customers on a 100 x 100 square, one depot node, `classes` classes.
    static func network(seed: UInt64, customers n: Int, classes: Int = 1, vehicles: Int = 3,
                        penalty: Double = 1000) throws -> PricingNetwork {
        var g = Generator(state: seed)
        let points = (0...n).map { _ in (g.uniform(0...100), g.uniform(0...100)) }
        var travel = [Double](repeating: 0, count: (n + 1) * (n + 1))
        for a in 0...n {
            for b in 0...n {
                let dx = points[a].0 - points[b].0, dy = points[a].1 - points[b].1
                travel[a * (n + 1) + b] = ((dx * dx + dy * dy).squareRoot() * 10).rounded(.down) / 10
            }
        }
        let customers = (0..<n).map { _ in
            let start = g.uniform(0...300)
            return PricingNetwork.Customer(service: 10, demand: Double(g.int(1...30)),
                                           windows: [.init(start: start, end: start + g.uniform(20...200))],
                                           penalty: penalty)
        }
        var vehicleClasses: [PricingNetwork.VehicleClass] = []
        for c in 0..<classes {
            let extra = Double(c)
            var eligible: [Bool] = []
            var visitCost: [Double] = []
            for _ in 0..<n {
                eligible.append(c == 0 || g.int(0...3) > 0)
                visitCost.append(c == 0 ? 0 : g.uniform(0...5))
            }
            vehicleClasses.append(PricingNetwork.VehicleClass(
                count: vehicles, startNode: n, endNode: n, shiftStart: 0, shiftEnd: 400 + extra * 50,
                latestReturn: 450 + extra * 50, capacity: 60 + extra * 20, costPerKm: 1,
                costPerMinute: extra * 0.1, overtimeCostPerMinute: 0.5, fixedCost: extra * 5,
                eligible: eligible, visitCost: visitCost))
        }
        return try PricingNetwork(customers: customers, classes: vehicleClasses, nodeCount: n + 1,
                                  travel: travel, distance: travel)
    }

    /// Every feasible elementary route of class k (as sequences), by enumeration.
    static func allRoutes(_ network: PricingNetwork, vehicleClass k: Int) -> [[Int]] {
        var result: [[Int]] = []
        var path: [Int] = []
        var used = Set<Int>()
        func extend() {
            for c in 0..<network.customerCount where !used.contains(c) {
                path.append(c)
                used.insert(c)
                if network.evaluate(path, vehicleClass: k).feasible {
                    result.append(path)
                    extend()
                } else if prefixMayRecover(network, path, k) {
                    extend()
                }
                used.remove(c)
                path.removeLast()
            }
        }
        extend()
        return result
    }

    /// A prefix can be infeasible only through its return trip (which a later visit
    /// cannot fix either, given the triangle inequality fails on truncated distances
    /// only slightly); we still enumerate prefixes that are window- and load-feasible.
    private static func prefixMayRecover(_ network: PricingNetwork, _ path: [Int], _ k: Int) -> Bool {
        let v = network.classes[k]
        var time = v.shiftStart, at = v.startNode, service = 0.0, load = 0.0
        for c in path {
            guard v.eligible[c], let start = network.serviceStart(c, arrival: time + service + network.travel(at, c)) else { return false }
            time = start
            service = network.customers[c].service
            load += network.customers[c].demand
            at = c
        }
        return load <= v.capacity
    }

    /// Least total cost of a plan by brute force over all route combinations (tiny n).
    static func optimum(_ network: PricingNetwork) -> Double {
        let n = network.customerCount
        var routes: [(mask: Int, cost: Double, k: Int)] = []
        for k in network.classes.indices {
            for r in allRoutes(network, vehicleClass: k) {
                routes.append((r.reduce(0) { $0 | 1 << $1 }, network.evaluate(r, vehicleClass: k).cost, k))
            }
        }
        // best[mask] per class-usage is too big in general; use recursion over the lowest uncovered customer.
        var best = Double.infinity
        var used = Array(repeating: 0, count: network.classes.count)
        func search(_ covered: Int, _ cost: Double) {
            if cost >= best { return }
            guard let j = (0..<n).first(where: { covered & (1 << $0) == 0 }) else {
                best = cost
                return
            }
            // Leave j unserved.
            search(covered | 1 << j, cost + network.customers[j].penalty)
            for r in routes where r.mask & (1 << j) != 0 && r.mask & covered == 0 && used[r.k] < network.classes[r.k].count {
                used[r.k] += 1
                search(covered | r.mask, cost + r.cost)
                used[r.k] -= 1
            }
        }
        search(0, 0)
        return best
    }
}
