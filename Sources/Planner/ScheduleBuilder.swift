import FieldService
import Schedule

/// Turns the planner's sequences into the public `Schedule`: timed visits,
/// breaks, referrals, purchase orders, loading lists, unplaced jobs with reasons,
/// and KPIs.
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

        let allocation = PartsAllocation(instance: instance, sequences: solution.sequences)
        let toolsAllocation = ToolsAllocation(instance: instance, sequences: solution.sequences)
        let loadingLists = self.loadingLists(allocation, tools: toolsAllocation, sequences: solution.sequences)
        let pickupLists = Dictionary(loadingLists.map { ("\($0.technician)\u{1}\($0.day)", $0) }, uniquingKeysWith: { a, _ in a })

        // Each crew's technicians, lead first.
        var crews: [Int: [(member: Int, technician: String)]] = [:]
        if instance.hasCrews {
            for v in instance.vehicles {
                for j in solution.sequences[v.index] where instance.isCrewCopy(j) {
                    crews[instance.crewParent[j], default: []].append((instance.crewMember[j], problem.technicians[v.technician].id))
                }
            }
        }
        let crewIDs = crews.mapValues { $0.sorted { $0.member < $1.member }.map(\.technician) }

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
                if let c = instance.stopCounter(stop.job) {
                    // A counter stop buys what the route takes beyond the van.
                    let items = allocation.counterBuys.filter { $0.vehicle == v.index }.map {
                        LoadingItem(part: instance.supply.partIDs[$0.part], quantity: $0.quantity, jobs: $0.jobs.map { instance.jobs[$0].id })
                    }
                    var visit = Visit.depotPickup(at: instance.jobs[stop.job].location, arrival: stop.arrival,
                                                  wait: stop.start - stop.arrival, start: stop.start, end: stop.end,
                                                  travelTime: stop.travel, distance: stop.distance, items: items, tools: [])
                    visit.job = Visit.counterPickupID
                    visit.supplier = problem.suppliers[instance.counters[c].supplier].id
                    visits.append(visit)
                    continue
                }
                if instance.isPickup(stop.job) {
                    // The stop collects what the day takes from the depot: the loading list.
                    let list = pickupLists["\(tech.id)\u{1}\(v.day)"]
                    visits.append(Visit.depotPickup(at: instance.jobs[stop.job].location, arrival: stop.arrival,
                                                    wait: stop.start - stop.arrival, start: stop.start, end: stop.end,
                                                    travelTime: stop.travel, distance: stop.distance,
                                                    items: list?.items ?? [], tools: list?.tools ?? []))
                    continue
                }
                var visit = Visit(job: instance.jobs[stop.job].id, arrival: stop.arrival, wait: stop.start - stop.arrival,
                                  start: stop.start, end: stop.end, travelTime: stop.travel, distance: stop.distance)
                if instance.isCrewCopy(stop.job) { visit.crew = crewIDs[instance.crewParent[stop.job]] ?? [] }
                visits.append(visit)
                // A crew job counts once, by its lead.
                if instance.crewMember[stop.job] <= 0 { placedByUrgency[instance.jobs[stop.job].urgency.rawValue, default: 0] += 1 }
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

        let placed = solution.placed.filter { $0 < instance.realJobCount }
        let purchaseOrders = allocation.orders.map { order in
            let supplier = problem.suppliers[order.supplier]
            let orderDay = problem.horizon.orderDay(for: supplier)
            return PurchaseOrder(supplier: supplier.id, part: instance.supply.partIDs[order.part], quantity: order.quantity,
                                 orderDay: orderDay, arrivalDay: orderDay + supplier.leadTimeDays,
                                 jobs: order.jobs.map { instance.jobs[$0].id }, cost: order.cost)
        }
            + allocation.counterBuys.map { buy in
                let v = instance.vehicles[buy.vehicle]
                return PurchaseOrder(supplier: problem.suppliers[instance.counters[buy.counter].supplier].id,
                                     part: instance.supply.partIDs[buy.part], quantity: buy.quantity, orderDay: v.day,
                                     arrivalDay: v.day, jobs: buy.jobs.map { instance.jobs[$0].id }, cost: buy.cost,
                                     counterTechnician: problem.technicians[v.technician].id)
            }
        totals.parts = purchaseOrders.reduce(0) { $0 + $1.cost }

        var referrals: [Referral] = []
        for j in solution.referrals.keys.sorted() where !placed.contains(j) {
            guard let option = solution.referrals[j] else { continue }
            referrals.append(Referral(job: instance.jobs[j].id, provider: problem.providers[option.provider].id,
                                      day: option.day, cost: option.price, reason: referralReason(j, option, solution)))
            let weighted = option.price * problem.objective.referralWeight
            totals.referral += weighted
            totals.lateness += option.cost - weighted
        }
        referrals.sort { ($0.day, $0.provider, $0.job) < ($1.day, $1.provider, $1.job) }

        let explainer = Explainer(instance: instance, solution: solution, provenOptimal: proof.provenOptimal)
        var unassigned: [UnassignedJob] = []
        for (i, job) in instance.jobs.prefix(instance.realJobCount).enumerated() where !placed.contains(i) && solution.referrals[i] == nil {
            unassigned.append(explainer.explain(i).unassigned(job: job.id))
            unassignedByUrgency[job.urgency.rawValue, default: 0] += 1
            totals.unassigned += costs.penalty(i)
        }

        let total = totals.total
        var lowerBound = proof.lowerBound.map { min($0, total) }
        if let lb = lowerBound, !lb.isFinite { lowerBound = nil }
        // Rounding noise below 1e-9 (sums in different orders) is no gap.
        let gap = lowerBound.map { total > 1e-9 ? max(0, (total - $0) / total) : 0 }.map { $0 < 1e-9 ? 0 : $0 }
        let kpis = KPIs(cost: total, costs: totals, travelTime: travelTime, distance: distance, overtime: overtime,
                        jobsPlaced: placed.count, jobsReferred: referrals.count, jobsUnassigned: unassigned.count,
                        placedByUrgency: placedByUrgency, unassignedByUrgency: unassignedByUrgency,
                        lowerBound: lowerBound, gap: gap, provenOptimal: proof.provenOptimal, solveSeconds: seconds)
        return Schedule(name: problem.name, routes: routes, unassigned: unassigned, referrals: referrals,
                        purchaseOrders: purchaseOrders, loadingLists: loadingLists, kpis: kpis)
    }

    /// What each technician-day takes from the depot: parts to load and tools to borrow,
    /// in day then technician order, parts sorted. With depot pick-ups, the route's
    /// `depot_pickup` visit collects the same.
    private func loadingLists(_ allocation: PartsAllocation, tools: ToolsAllocation, sequences: [[Int]]) -> [LoadingList] {
        var byVehicle: [Int: [LoadingItem]] = [:]
        for load in allocation.loads {
            byVehicle[load.vehicle, default: []].append(LoadingItem(
                part: instance.supply.partIDs[load.part], quantity: load.quantity, jobs: load.jobs.map { instance.jobs[$0].id }))
        }
        return instance.vehicles.sorted { ($0.day, $0.technician) < ($1.day, $1.technician) }.compactMap { v in
            let items = byVehicle[v.index] ?? []
            let borrowed = tools.borrowed[v.index].map { k in
                LoadingTool(tool: instance.tools.toolIDs[k],
                            jobs: sequences[v.index].filter { instance.tools.jobTools[$0].contains(k) }.map { instance.jobs[$0].id })
            }
            guard !items.isEmpty || !borrowed.isEmpty else { return nil }
            return LoadingList(technician: instance.problem.technicians[v.technician].id, day: v.day,
                               items: items.sorted { $0.part < $1.part }, tools: borrowed)
        }
    }

    /// Why job `j` went to a partner: no technician may do it, none had room, or a
    /// technician could have taken it at a higher cost.
    private func referralReason(_ j: Int, _ option: ReferralOption, _ solution: PlanSolution) -> ReferralReason {
        if let reason = instance.ineligibleReason[j] {
            return reason.reason == .noSkill || reason.reason == .excluded ? .noSkill : .noCapacity
        }
        if solution.cheapestInsertion(of: j, instance) != nil { return .cheaper }
        return .noCapacity
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
}
