import FieldService
import Schedule

/// The objective, recomputed (see `ObjectiveWeights`):
///
/// - route: distance x `costPerKm` (travel) + (travel minutes + job minutes) x
///   technician `costPerHour`/60 (labour) + overtime minutes x overtime
///   `costPerHour`/60 x `overtimeWeight` (overtime) + `nonPreferredTechnician`
///   per visited job done alone whose non-empty preferred list lacks the technician
///   (preference; preferences do not apply to crews)
///   + the technician's `fixedCost` when the route has at least one visit (fixed);
/// - plan: the routes + each unassigned job's penalty (urgency penalty + priority
///   x `priorityPenalty`) + each referral's provider price x `referralWeight` +
///   for each visited or referred job done after its earliest day, days late x
///   `latenessPerDay` + each purchase order's price (quantity x the supplier's unit
///   price; the reported cost when the supplier or part is unknown).
///
/// A depot pick-up is a stop like a job: the drives into and out of it count as
/// travel (distance and minutes), its handling minutes as job minutes; it is
/// never a non-preferred job, nor late.
///
/// A crew job is worked on every member's route (each route pays its own travel and
/// labour) but is late once: on its lead's visit (see `RouteAnalysis.carries`).
extension FeasibilityChecker {
    /// The travel, labour, overtime, preference and fixed parts of one route's cost.
    /// An unknown technician has no hourly rates and no fixed cost: labour,
    /// overtime and fixed count zero. A route without visits costs no fixed cost.
    func routeCost(_ analysis: RouteAnalysis) -> CostBreakdown {
        let weights = problem.objective
        let technician = analysis.technician
        let workMinutes = analysis.totalWorkMinutes
        let notPreferred = analysis.jobs.filter { job in
            guard let job, !job.needsCrew else { return false }
            return !job.preferredTechnicians.isEmpty && !job.preferredTechnicians.contains(analysis.route.technician)
        }
        var cost = CostBreakdown()
        cost.travel = analysis.distance * weights.costPerKm
        cost.labour = (analysis.travelTime + workMinutes) * (technician?.costPerHour ?? 0) / 60
        cost.overtime = analysis.overtime * (technician?.overtime?.costPerHour ?? 0) / 60 * weights.overtimeWeight
        cost.preference = Double(notPreferred.count) * weights.nonPreferredTechnician
        cost.fixed = analysis.route.visits.isEmpty ? 0 : (technician?.fixedCost ?? 0)
        return cost
    }

    /// The sum of a route's cost parts.
    static func routeTotal(_ cost: CostBreakdown) -> Double {
        cost.travel + cost.labour + cost.overtime + cost.preference + cost.fixed
    }

    /// The whole plan's cost parts.
    func planCost(_ schedule: Schedule, _ analyses: [RouteAnalysis]) -> CostBreakdown {
        let weights = problem.objective
        var plan = CostBreakdown()
        for analysis in analyses {
            let route = routeCost(analysis)
            plan.travel += route.travel
            plan.labour += route.labour
            plan.overtime += route.overtime
            plan.preference += route.preference
            plan.fixed += route.fixed
            for job in analysis.carriedJobs {
                let earliest = job.earliestDay ?? 1
                if analysis.route.day > earliest {
                    plan.lateness += Double(analysis.route.day - earliest) * latenessPerDay(job.urgency)
                }
            }
        }
        for entry in schedule.unassigned {
            if let job = jobsByID[entry.job] { plan.unassigned += unplacedPenalty(job) }
        }
        for referral in schedule.referrals {
            let price = providersByID[referral.provider]?.costPerJob ?? referral.cost
            plan.referral += price * weights.referralWeight
            if let job = jobsByID[referral.job], referral.day > (job.earliestDay ?? 1) {
                plan.lateness += Double(referral.day - (job.earliestDay ?? 1)) * latenessPerDay(job.urgency)
            }
        }
        for order in schedule.purchaseOrders {
            let offer = suppliersByID[order.supplier]?.offers.first { $0.part == order.part }
            plan.parts += offer.map { Double(order.quantity) * $0.unitCost } ?? order.cost
        }
        return plan
    }

    /// The plan total from its parts.
    static func planTotal(_ cost: CostBreakdown) -> Double {
        cost.travel + cost.labour + cost.overtime + cost.unassigned + cost.referral + cost.lateness + cost.preference
            + cost.fixed + cost.parts
    }

    /// Penalty for leaving `job` unplaced: the urgency's penalty (the default
    /// when the weights leave the urgency out) plus priority x `priorityPenalty`.
    func unplacedPenalty(_ job: Job) -> Double {
        let weights = problem.objective
        let base = weights.unassignedPenalty[job.urgency]
            ?? ObjectiveWeights.defaultUnassignedPenalty[job.urgency] ?? 0
        return base + Double(job.priority ?? 0) * weights.priorityPenalty
    }

    /// Cost per day late for `urgency` (the default when the weights leave it out).
    func latenessPerDay(_ urgency: Urgency) -> Double {
        problem.objective.latenessPerDay[urgency] ?? ObjectiveWeights.defaultLatenessPerDay[urgency] ?? 0
    }
}
