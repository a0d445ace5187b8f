import FieldService

/// A plan in the planner's own terms: a job sequence per vehicle.
struct PlanSolution: Sendable {
    /// Job indices in visiting order, per vehicle.
    var sequences: [[Int]]
    /// Timed routes for non-empty sequences, per vehicle.
    var routes: [TimedRoute?]

    init(vehicleCount: Int) {
        sequences = Array(repeating: [], count: vehicleCount)
        routes = Array(repeating: nil, count: vehicleCount)
    }

    /// Jobs on some route.
    var placed: Set<Int> { Set(sequences.joined()) }
}

/// Costs in the planner's terms, matching `ObjectiveWeights`.
struct CostModel {
    let instance: Instance

    /// Cost of a timed route: travel, labour, overtime, lateness and preferences.
    func cost(of route: TimedRoute) -> Double {
        let v = instance.vehicles[route.vehicle]
        var node = v.startNode
        var cost = 0.0
        for stop in route.stops {
            cost += instance.arcCost(node, stop.job, vehicle: v) + instance.serviceCost(job: stop.job, vehicle: v)
            node = stop.job
        }
        cost += instance.arcCost(node, v.endNode, vehicle: v)
        cost += max(0, route.returnTime - v.shiftEnd) * v.overtimeCostPerMinute
        if !route.stops.isEmpty { cost += v.fixedCost }
        return cost
    }

    /// Penalty for leaving job `i` unplaced.
    func penalty(_ i: Int) -> Double {
        instance.problem.objective.penalty(for: instance.jobs[i])
    }

    /// Total cost of a plan.
    func cost(of solution: PlanSolution) -> Double {
        let routes = solution.routes.compactMap { $0 }.reduce(0) { $0 + cost(of: $1) }
        let placed = solution.placed
        let penalties = (0..<instance.jobCount).filter { !placed.contains($0) }.reduce(0) { $0 + penalty($1) }
        return routes + penalties
    }
}
