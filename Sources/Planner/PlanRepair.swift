import FieldService
import MIP

/// Final touches on a finished plan: jobs on no route that fit somewhere for less
/// than leaving them out are inserted, and the jobs still on no route go to
/// partners by an exact assignment (providers' daily limits, the referral budget).
extension PlanSolution {
    /// Referrals decided exactly, then jobs on no route inserted where that pays, then
    /// referred jobs taken back where the freed partner places and budget pay more.
    mutating func polish(_ instance: Instance) {
        optimizeReferrals(instance)
        insertUnrouted(instance)
        optimizeReferrals(instance)
        if !referrals.isEmpty { reclaimReferrals(instance) }
    }

    /// Inserts jobs on no route, most penalised first, each at its cheapest feasible
    /// position (exact timing, parts and the overtime budget kept) when that costs less
    /// than its penalty or its cheapest referral.
    mutating func insertUnrouted(_ instance: Instance) {
        let costs = CostModel(instance: instance)
        let placed = placed
        let waiting = (0..<instance.realJobCount)
            .filter { !placed.contains($0) && instance.ineligibleReason[$0] == nil }
            .sorted { (costs.penalty($1), $0) < (costs.penalty($0), $1) }
        for j in waiting {
            let outside = min(costs.penalty(j), instance.referralOptions[j].first?.cost ?? .infinity)
            guard let best = cheapestInsertion(of: j, instance) else { continue }
            var trial = self
            trial.sequences[best.vehicle] = best.sequence
            trial.routes[best.vehicle] = best.route
            trial.referrals[j] = nil
            let partsBefore = PartsAllocation(instance: instance, sequences: sequences).orderCost
            let partsAfter = PartsAllocation(instance: instance, sequences: trial.sequences).orderCost
            guard trial.fitsSharedLimits(instance), best.delta + partsAfter - partsBefore < outside - 1e-9 else { continue }
            self = trial
        }
    }

    /// Takes referred jobs back onto routes when that pays once the partners' places and
    /// the budget they free are given to other jobs (each move re-decides the referrals
    /// exactly and is kept only if the plan gets cheaper).
    mutating func reclaimReferrals(_ instance: Instance) {
        let costs = CostModel(instance: instance)
        for j in referrals.keys.sorted() where instance.ineligibleReason[j] == nil {
            guard let best = cheapestInsertion(of: j, instance) else { continue }
            var trial = self
            trial.sequences[best.vehicle] = best.sequence
            trial.routes[best.vehicle] = best.route
            trial.referrals[j] = nil
            guard trial.fitsSharedLimits(instance) else { continue }
            trial.optimizeReferrals(instance)
            if costs.cost(of: trial) < costs.cost(of: self) - 1e-9 { self = trial }
        }
    }

    /// The cheapest feasible place for job `j` on the routes as they are (exact timing,
    /// van capacity, the depot pick-up where needed; parts and budgets are the caller's
    /// to check): the change of route
    /// cost, the vehicle, its new sequence and timed route.
    func cheapestInsertion(of j: Int, _ instance: Instance) -> (delta: Double, vehicle: Int, sequence: [Int], route: TimedRoute)? {
        let costs = CostModel(instance: instance)
        let timing = RouteTiming(instance: instance)
        var best: (delta: Double, vehicle: Int, sequence: [Int], route: TimedRoute)?
        for v in instance.vehicles where instance.eligible[j][v.index] {
            let jobs = sequences[v.index]
            let load = jobs.reduce(instance.jobs[j].demand) { $0 + instance.jobs[$1].demand }
            guard load <= (instance.problem.technicians[v.technician].capacity ?? .infinity) + 1e-9 else { continue }
            let before = routes[v.index].map { costs.cost(of: $0) } ?? 0
            for position in 0...jobs.count {
                var candidate = jobs
                candidate.insert(j, at: position)
                // With depot pick-ups, the stop goes before the first job that needs it.
                candidate = instance.placingPickup(vehicle: v.index, jobs: candidate)
                guard let route = timing.schedule(vehicle: v, jobs: candidate) else { continue }
                let delta = costs.cost(of: route) - before
                if delta < (best?.delta ?? .infinity) - 1e-9 { best = (delta, v.index, candidate, route) }
            }
        }
        return best
    }

    /// Re-decides which jobs on no route go to which partner, exactly: the largest total
    /// saving (penalty minus referral cost) within the providers' daily limits and the
    /// referral budget. Falls back to the greedy choice if the solver fails.
    mutating func optimizeReferrals(_ instance: Instance) {
        let costs = CostModel(instance: instance)
        let placed = placed
        var candidates: [(job: Int, option: Int)] = []
        for j in 0..<instance.realJobCount where !placed.contains(j) {
            for (k, option) in instance.referralOptions[j].enumerated() where option.cost < costs.penalty(j) - 1e-9 {
                candidates.append((j, k))
            }
        }
        let kept = referrals
        referrals = [:]
        guard !candidates.isEmpty else { return }
        do {
            var model = Model()
            var variables: [Variable] = []
            for (j, k) in candidates {
                let option = instance.referralOptions[j][k]
                variables.append(try model.addVariable(name: "r_\(j)_\(k)", kind: .binary, objective: option.cost - costs.penalty(j)))
            }
            var perJob: [Int: [LinearExpression]] = [:]
            var perDay: [Int: [LinearExpression]] = [:]
            var spend: [LinearExpression] = []
            for (index, (j, k)) in candidates.enumerated() {
                let option = instance.referralOptions[j][k]
                perJob[j, default: []].append(LinearExpression(variables[index]))
                perDay[option.providerDay, default: []].append(LinearExpression(variables[index]))
                spend.append(option.price * LinearExpression(variables[index]))
            }
            for j in perJob.keys.sorted() { try model.addConstraint(LinearExpression.sum(perJob[j] ?? []) <= 1) }
            for d in perDay.keys.sorted() {
                try model.addConstraint(LinearExpression.sum(perDay[d] ?? []) <= Double(instance.providerDayLimits[d]))
            }
            if let budget = instance.problem.referralBudget { try model.addConstraint(LinearExpression.sum(spend) <= budget) }
            let result = try GLPKSolver().solve(model, limits: SolveLimits(timeLimit: 10, presolve: false), warmStart: nil)
            guard result.hasSolution else { throw PlannerError.solver("no referral assignment") }
            for (index, (j, k)) in candidates.enumerated() where result.values[variables[index].index] > 0.5 {
                referrals[j] = instance.referralOptions[j][k]
            }
        } catch {
            referrals = kept.filter { !placed.contains($0.key) }
            referUnrouted(instance)
        }
    }
}
