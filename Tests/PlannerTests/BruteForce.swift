@testable import Planner
import FieldService

/// The optimal cost of a tiny instance by enumeration: every assignment of
/// jobs to technician-days, to a partner's day or to nobody, and every visiting
/// order, timed by the route timing, parts (van, depot, orders) priced by the
/// allocation, providers' daily limits and the referral budget checked.
/// Independent of the MIP and the search.
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
            var sequences = Array(repeating: [Int](), count: instance.vehicles.count)
            var load = Array(repeating: 0, count: instance.providerDayLimits.count)
            var spent = 0.0
            for i in 0..<n where assignment[i] == 0 { total += costs.penalty(i) }
            for i in 0..<n where assignment[i] > instance.vehicles.count {
                let option = instance.referralOptions[i][assignment[i] - instance.vehicles.count - 1]
                load[option.providerDay] += 1
                spent += option.price
                total += option.cost
            }
            guard load.indices.allSatisfy({ load[$0] <= instance.providerDayLimits[$0] }),
                  spent <= (problem.referralBudget ?? .infinity) + 1e-9 else { return }
            for v in instance.vehicles {
                let jobs = (0..<n).filter { assignment[$0] == v.index + 1 }
                guard !jobs.isEmpty else { continue }
                guard jobs.allSatisfy({ instance.eligible[$0][v.index] }), let c = bestRoute(v, jobs) else { return }
                sequences[v.index] = jobs
                total += c
            }
            let parts = PartsAllocation(instance: instance, sequences: sequences)
            guard parts.isFeasible else { return }
            best = min(best, total + parts.orderCost)
        }

        func assign(_ i: Int) {
            if i == n { evaluate(); return }
            for option in 0..<(options + instance.referralOptions[i].count) {
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
