@testable import Planner
import FieldService

/// The optimal cost of a tiny instance by enumeration: every assignment of
/// jobs to technician-days (or to nobody) and every visiting order, timed by
/// the route timing, parts checked with the ledger. Independent of the MIP.
enum BruteForce {
    static func optimalCost(_ problem: Problem) -> Double {
        let instance = Instance(problem: problem)
        let timing = RouteTiming(instance: instance)
        let costs = CostModel(instance: instance)
        let n = instance.jobCount
        let options = instance.vehicles.count + 1
        var best = Double.infinity
        var assignment = Array(repeating: 0, count: n)
        var routeCache: [[Int]: Double?] = [:]

        /// Cheapest timed order of `jobs` on vehicle `v`, or nil.
        func bestRoute(_ v: Vehicle, _ jobs: [Int]) -> Double? {
            let key = [v.index] + jobs
            if let cached = routeCache[key] { return cached }
            var cheapest: Double?
            permutations(jobs) { order in
                if let route = timing.schedule(vehicle: v, jobs: order) {
                    let c = costs.cost(of: route)
                    if c < (cheapest ?? .infinity) { cheapest = c }
                }
            }
            routeCache[key] = cheapest
            return cheapest
        }

        func evaluate() {
            var total = 0.0
            var ledger = PartsLedger(problem: problem)
            for i in 0..<n where assignment[i] == 0 { total += costs.penalty(i) }
            for v in instance.vehicles {
                let jobs = (0..<n).filter { assignment[$0] == v.index + 1 }
                guard !jobs.isEmpty else { continue }
                guard jobs.allSatisfy({ instance.eligible[$0][v.index] }), let c = bestRoute(v, jobs) else { return }
                for j in jobs {
                    guard ledger.canSupply(instance.jobs[j], technician: v.technician) else { return }
                    ledger.take(instance.jobs[j], technician: v.technician)
                }
                total += c
            }
            best = min(best, total)
        }

        func assign(_ i: Int) {
            if i == n { evaluate(); return }
            for option in 0..<options {
                assignment[i] = option
                assign(i + 1)
            }
        }
        assign(0)
        return best
    }

    static func permutations(_ items: [Int], _ body: ([Int]) -> Void) {
        var items = items
        func permute(_ k: Int) {
            if k == items.count { body(items); return }
            for i in k..<items.count {
                items.swapAt(k, i)
                permute(k + 1)
                items.swapAt(k, i)
            }
        }
        permute(0)
    }
}
