import FieldService

/// A plan in the planner's own terms: a job sequence per vehicle.
struct PlanSolution: Sendable {
    /// Job indices in visiting order, per vehicle.
    var sequences: [[Int]]
    /// Timed routes for non-empty sequences, per vehicle.
    var routes: [TimedRoute?]
    /// Jobs handed to partners: job to its referral option.
    var referrals: [Int: ReferralOption] = [:]

    /// Crew job of each lead's copy: a crew job counts as placed when its lead's copy is.
    private(set) var crewLeads: [Int: Int] = [:]

    init(vehicleCount: Int) {
        sequences = Array(repeating: [], count: vehicleCount)
        routes = Array(repeating: nil, count: vehicleCount)
    }

    /// An empty plan for `instance`.
    init(instance: Instance) {
        self.init(vehicleCount: instance.vehicles.count)
        if instance.hasCrews {
            for j in instance.crewParent.indices where instance.isCrewLead(j) { crewLeads[j] = instance.crewParent[j] }
        }
    }

    /// Jobs on some route, and crew jobs whose lead is on one (with their copies).
    var placed: Set<Int> {
        var result = Set(sequences.joined())
        if !crewLeads.isEmpty { for j in Array(result) { if let x = crewLeads[j] { result.insert(x) } } }
        return result
    }

    /// Takes every copy of a crew off the routes unless all copies of its start time
    /// are on them (distinct technicians are implied: copies share one start), and
    /// re-times the routes that change. Returns whether something changed.
    @discardableResult
    mutating func dropIncompleteCrews(_ instance: Instance) -> Bool {
        guard instance.hasCrews else { return false }
        let routed = Set(sequences.joined())
        var drop = Set<Int>()
        for x in 0..<instance.realJobCount where instance.isCrewJob(x) {
            for members in instance.crewVariants[x] where members.contains(where: routed.contains) {
                if !members.allSatisfy(routed.contains) { drop.formUnion(members) }
            }
        }
        guard !drop.isEmpty else { return false }
        let timing = RouteTiming(instance: instance)
        for v in instance.vehicles where sequences[v.index].contains(where: drop.contains) {
            var jobs = sequences[v.index].filter { !drop.contains($0) }
            jobs = instance.placingPickup(vehicle: v.index, jobs: jobs)
            sequences[v.index] = jobs
            routes[v.index] = jobs.isEmpty ? nil : timing.schedule(vehicle: v, jobs: jobs)
        }
        return true
    }

    /// Whether every crew on the routes is whole: all copies of one start time, none of another.
    func crewsAreWhole(_ instance: Instance) -> Bool {
        guard instance.hasCrews else { return true }
        let routed = Set(sequences.joined())
        for x in 0..<instance.realJobCount where instance.isCrewJob(x) {
            let used = instance.crewVariants[x].filter { $0.contains(where: routed.contains) }
            if used.count > 1 || used.contains(where: { !$0.allSatisfy(routed.contains) }) { return false }
        }
        return true
    }

    /// Refers jobs on no route, largest saving first, each to its cheapest option
    /// that fits the provider's day and the budget, when that costs less than the
    /// job's penalty. Keeps the referrals already made.
    mutating func referUnrouted(_ instance: Instance) {
        let placed = placed
        let costs = CostModel(instance: instance)
        var load = Array(repeating: 0, count: instance.providerDayLimits.count)
        var spent = 0.0
        for option in referrals.values {
            load[option.providerDay] += 1
            spent += option.price
        }
        let budget = instance.problem.referralBudget ?? .infinity
        func fits(_ o: ReferralOption) -> Bool {
            load[o.providerDay] < instance.providerDayLimits[o.providerDay] && spent + o.price <= budget + 1e-9
        }
        var candidates: [(saving: Double, job: Int)] = []
        for j in 0..<instance.realJobCount where !placed.contains(j) && referrals[j] == nil {
            guard let o = instance.referralOptions[j].first(where: fits) else { continue }
            let saving = costs.penalty(j) - o.cost
            if saving > 1e-9 { candidates.append((saving, j)) }
        }
        candidates.sort { ($0.saving, -$0.job) > ($1.saving, -$1.job) }
        for (_, j) in candidates {
            guard let o = instance.referralOptions[j].first(where: fits), o.cost < costs.penalty(j) - 1e-9 else { continue }
            referrals[j] = o
            load[o.providerDay] += 1
            spent += o.price
        }
    }

    /// Whether the plan's parts can be had (van, depot, orders in time), the depot has
    /// enough of every tool borrowed per day, every route stops at the depot before the
    /// jobs that need it (with depot pick-ups), and the overtime stays within the
    /// problem's overtime budget.
    func fitsSharedLimits(_ instance: Instance) -> Bool {
        var overtime = 0.0
        for v in instance.vehicles {
            if let route = routes[v.index] { overtime += max(0, route.returnTime - v.shiftEnd) }
        }
        guard overtime <= (instance.problem.overtimeBudget ?? .infinity) + 1e-9 else { return false }
        guard ToolsAllocation(instance: instance, sequences: sequences).isFeasible else { return false }
        guard crewsAreWhole(instance) else { return false }
        guard !instance.hasPickups || instance.vehicles.allSatisfy({ instance.keepsPickupRule(vehicle: $0.index, jobs: sequences[$0.index]) })
        else { return false }
        return PartsAllocation(instance: instance, sequences: sequences).isFeasible
    }
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
        if instance.hasCounters { cost += instance.counterCost(vehicle: v.index, jobs: route.stops.map(\.job)) }
        return cost
    }

    /// Penalty for leaving job `i` unplaced.
    func penalty(_ i: Int) -> Double {
        // Pick-up stops and crew copies cost nothing to leave out (a crew job's own penalty counts).
        instance.isPickup(i) || instance.isCrewCopy(i) ? 0 : instance.problem.objective.penalty(for: instance.jobs[i])
    }

    /// Total cost of a plan: routes, unplaced penalties and the parts to order
    /// (infinite when the parts cannot be had).
    func cost(of solution: PlanSolution) -> Double {
        let routes = solution.routes.compactMap { $0 }.reduce(0) { $0 + cost(of: $1) }
        let placed = solution.placed
        let outside = (0..<instance.realJobCount).filter { !placed.contains($0) }.reduce(0) {
            $0 + (solution.referrals[$1]?.cost ?? penalty($1))
        }
        return routes + outside + PartsAllocation(instance: instance, sequences: solution.sequences).orderCost
    }
}
