import FieldService

/// Parts left on each van and at the depot while a plan is built.
///
/// A job's parts come first from the van of the technician who does it, the
/// rest from the depot's stock, which all technicians share.
struct PartsLedger: Sendable {
    private var van: [[String: Int]]
    private var depot: [String: Int]

    init(problem: Problem) {
        van = problem.technicians.map(\.vanStock)
        depot = problem.depot.stock
    }

    /// Whether technician `t` can get the parts of `job`.
    func canSupply(_ job: Job, technician t: Int) -> Bool {
        job.parts.allSatisfy { part, need in
            van[t][part, default: 0] + depot[part, default: 0] >= need
        }
    }

    /// Takes the parts of `job` for technician `t` (van first). Call only after `canSupply`.
    mutating func take(_ job: Job, technician t: Int) {
        for (part, need) in job.parts {
            let fromVan = min(need, van[t][part, default: 0])
            van[t][part, default: 0] -= fromVan
            depot[part, default: 0] -= need - fromVan
        }
    }
}

extension PartsLedger {
    /// Whether the starting stock (vans and depot) covers `job` for at least one technician.
    func canSupplyAny(_ job: Job) -> Bool {
        van.indices.contains { canSupply(job, technician: $0) }
    }
}

extension PartsLedger {
    /// Whether a plan's parts come out of the stock (vans first, then the depot, vehicles
    /// in order) and its overtime stays within the problem's overtime budget.
    static func fits(_ solution: PlanSolution, instance: Instance) -> Bool {
        var ledger = PartsLedger(problem: instance.problem)
        var overtime = 0.0
        for v in instance.vehicles {
            for j in solution.sequences[v.index] {
                let job = instance.jobs[j]
                guard ledger.canSupply(job, technician: v.technician) else { return false }
                ledger.take(job, technician: v.technician)
            }
            if let route = solution.routes[v.index] { overtime += max(0, route.returnTime - v.shiftEnd) }
        }
        return overtime <= (instance.problem.overtimeBudget ?? .infinity) + 1e-9
    }
}
