import FieldService

/// Cheapest feasible insertion, most urgent jobs first: a quick plan that the
/// MIP receives as its first incumbent, so a time limit always leaves a plan.
struct GreedyInsertion {
    let instance: Instance

    func solve() -> PlanSolution {
        let timing = RouteTiming(instance: instance)
        let costs = CostModel(instance: instance)
        var solution = PlanSolution(instance: instance)
        var routeCost = Array(repeating: 0.0, count: instance.vehicles.count)

        // Pinned first, then by urgency, then by penalty (priority), then input order.
        let order = (0..<instance.realJobCount).sorted { a, b in
            let ja = instance.jobs[a], jb = instance.jobs[b]
            if (ja.pinned != nil) != (jb.pinned != nil) { return ja.pinned != nil }
            if ja.urgency != jb.urgency { return ja.urgency < jb.urgency }
            let pa = costs.penalty(a), pb = costs.penalty(b)
            if pa != pb { return pa > pb }
            return a < b
        }
        for job in order where instance.ineligibleReason[job] == nil {
            var best: (delta: Double, vehicle: Int, sequence: [Int], route: TimedRoute)?
            for v in instance.vehicles where instance.eligible[job][v.index] {
                if !instance.jobs[job].parts.isEmpty || !instance.tools.jobTools[job].isEmpty {
                    var trial = solution.sequences
                    trial[v.index].append(job)
                    guard PartsAllocation(instance: instance, sequences: trial).isFeasible,
                          ToolsAllocation(instance: instance, sequences: trial).isFeasible else { continue }
                }
                let current = solution.sequences[v.index].filter { !instance.isPickup($0) }
                let load = current.reduce(instance.jobs[job].demand) { $0 + instance.jobs[$1].demand }
                guard load <= (instance.problem.technicians[v.technician].capacity ?? .infinity) + 1e-9 else { continue }
                for position in 0...current.count {
                    var candidate = current
                    candidate.insert(job, at: position)
                    candidate = instance.placingPickup(vehicle: v.index, jobs: candidate)
                    guard let route = timing.schedule(vehicle: v, jobs: candidate) else { continue }
                    let delta = costs.cost(of: route) - routeCost[v.index]
                    if delta < (best?.delta ?? .infinity) - 1e-9 {
                        best = (delta, v.index, candidate, route)
                    }
                }
            }
            guard let best, best.delta < costs.penalty(job) else { continue }
            solution.sequences[best.vehicle] = best.sequence
            solution.routes[best.vehicle] = best.route
            routeCost[best.vehicle] = costs.cost(of: best.route)
        }
        return solution
    }
}
