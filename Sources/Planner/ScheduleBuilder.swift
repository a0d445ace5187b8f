import FieldService
import Schedule

/// Turns the planner's sequences into the public `Schedule`: timed visits,
/// breaks, unplaced jobs with reasons, and KPIs.
struct ScheduleBuilder {
    let instance: Instance

    /// What the solver could say about optimality.
    struct Proof {
        var lowerBound: Double?
        var provenOptimal: Bool
        var stoppedByTimeLimit: Bool
    }

    func build(_ solution: PlanSolution, proof: Proof, seconds: Double) -> Schedule {
        let problem = instance.problem
        let costs = CostModel(instance: instance)
        var routes: [Route] = []
        var totals = CostBreakdown()
        var placedByUrgency: [String: Int] = [:]
        var unassignedByUrgency: [String: Int] = [:]
        for u in Urgency.allCases {
            placedByUrgency[u.rawValue] = 0
            unassignedByUrgency[u.rawValue] = 0
        }
        var travelTime = 0.0, distance = 0.0, overtime = 0.0

        // Routes in day order, then technician input order.
        let order = instance.vehicles.sorted { ($0.day, $0.technician) < ($1.day, $1.technician) }
        for v in order {
            guard let timed = solution.routes[v.index], !timed.stops.isEmpty else { continue }
            let tech = problem.technicians[v.technician]
            var visits: [Visit] = []
            var breaks: [BreakPeriod] = []
            for stop in timed.stops {
                if let b = stop.breakStart {
                    breaks.append(BreakPeriod(start: b, end: b + v.breakDuration))
                }
                visits.append(Visit(job: instance.jobs[stop.job].id, arrival: stop.arrival, wait: stop.start - stop.arrival,
                                    start: stop.start, end: stop.end, travelTime: stop.travel, distance: stop.distance))
                placedByUrgency[instance.jobs[stop.job].urgency.rawValue, default: 0] += 1
            }
            if let b = timed.finalBreakStart {
                breaks.append(BreakPeriod(start: b, end: b + v.breakDuration))
            }
            let routeOvertime = max(0, timed.returnTime - v.shiftEnd)
            let parts = breakdown(of: timed, v)
            // A route's own cost leaves out lateness, which belongs to the job's day choice.
            let cost = parts.travel + parts.labour + parts.overtime + parts.preference + parts.fixed
            routes.append(Route(technician: tech.id, day: v.day, departure: timed.departure, visits: visits, breaks: breaks,
                                returnTime: timed.returnTime, returnTravelTime: timed.returnTravel,
                                returnDistance: timed.returnDistance, travelTime: timed.travelTime,
                                distance: timed.distance, overtime: routeOvertime, cost: cost))
            travelTime += timed.travelTime
            distance += timed.distance
            overtime += routeOvertime
            totals.travel += parts.travel
            totals.labour += parts.labour
            totals.overtime += parts.overtime
            totals.lateness += parts.lateness
            totals.preference += parts.preference
            totals.fixed += parts.fixed
        }

        let placed = solution.placed
        var ledger = PartsLedger(problem: problem)
        for v in instance.vehicles {
            for j in solution.sequences[v.index] { ledger.take(instance.jobs[j], technician: v.technician) }
        }
        var unassigned: [UnassignedJob] = []
        for (i, job) in instance.jobs.enumerated() where !placed.contains(i) {
            let (reason, message) = explain(i, proof: proof, partsLeft: ledger)
            unassigned.append(UnassignedJob(job: job.id, reason: reason, message: message))
            unassignedByUrgency[job.urgency.rawValue, default: 0] += 1
            totals.unassigned += costs.penalty(i)
        }

        let total = totals.total
        var lowerBound = proof.lowerBound.map { min($0, total) }
        if let lb = lowerBound, !lb.isFinite { lowerBound = nil }
        let gap = lowerBound.map { total > 1e-9 ? max(0, (total - $0) / total) : 0 }
        let kpis = KPIs(cost: total, costs: totals, travelTime: travelTime, distance: distance, overtime: overtime,
                        jobsPlaced: placed.count, jobsReferred: 0, jobsUnassigned: unassigned.count,
                        placedByUrgency: placedByUrgency, unassignedByUrgency: unassignedByUrgency,
                        lowerBound: lowerBound, gap: gap, provenOptimal: proof.provenOptimal, solveSeconds: seconds)
        return Schedule(name: problem.name, routes: routes, unassigned: unassigned, kpis: kpis)
    }

    /// The cost parts of one route (unplaced penalties and referrals excluded).
    private func breakdown(of route: TimedRoute, _ v: Vehicle) -> CostBreakdown {
        var breakdown = CostBreakdown()
        let w = instance.problem.objective
        let tech = instance.problem.technicians[v.technician]
        breakdown.travel += route.distance * w.costPerKm
        breakdown.labour += (route.travelTime + route.stops.reduce(0) { $0 + instance.jobs[$1.job].duration }) * v.costPerMinute
        breakdown.overtime += max(0, route.returnTime - v.shiftEnd) * v.overtimeCostPerMinute
        if !route.stops.isEmpty { breakdown.fixed += v.fixedCost }
        for stop in route.stops {
            let job = instance.jobs[stop.job]
            let late = v.day - (job.earliestDay ?? 1)
            if late > 0 { breakdown.lateness += Double(late) * w.lateness(for: job) }
            if !job.preferredTechnicians.isEmpty, !job.preferredTechnicians.contains(tech.id) {
                breakdown.preference += w.nonPreferredTechnician
            }
        }
        return breakdown
    }

    /// The reason a job is not on any route.
    private func explain(_ i: Int, proof: Proof, partsLeft: PartsLedger) -> (UnassignedReason, String) {
        if let reason = instance.ineligibleReason[i] { return reason }
        let job = instance.jobs[i]
        if !job.parts.isEmpty && !partsLeft.canSupplyAny(job) {
            let parts = job.parts.sorted { $0.key < $1.key }.map { "\($0.value) x \($0.key)" }.joined(separator: ", ")
            return (.partsUnavailable, "Its parts (\(parts)) are all used by jobs placed ahead of it.")
        }
        let who = Set(instance.vehicles.filter { instance.eligible[i][$0.index] }.map(\.technician))
            .sorted().map { instance.problem.technicians[$0].name }
        let names = who.count > 3 ? who.prefix(3).joined(separator: ", ") + " and \(who.count - 3) more" : who.joined(separator: ", ")
        let proven = proof.provenOptimal ? "" : " (the plan is not proven optimal: a longer run may place it)"
        return (.insufficientCapacity,
                "It fits alone (\(names)), but not together with the jobs placed ahead of it\(proven).")
    }
}
