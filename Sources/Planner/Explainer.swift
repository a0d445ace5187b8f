import FieldService
import Schedule

/// Explains each job a plan leaves out, by checking the job against every
/// technician-day and partner of the finished plan: what rule stops it, and for a
/// full day, the technician who came closest and by how many minutes.
struct Explainer {
    let instance: Instance
    let solution: PlanSolution
    let provenOptimal: Bool
    private let providerLoad: [Int]
    private let referralSpend: Double

    init(instance: Instance, solution: PlanSolution, provenOptimal: Bool) {
        self.instance = instance
        self.solution = solution
        self.provenOptimal = provenOptimal
        var load = Array(repeating: 0, count: instance.providerDayLimits.count)
        var spent = 0.0
        for option in solution.referrals.values {
            load[option.providerDay] += 1
            spent += option.price
        }
        providerLoad = load
        referralSpend = spent
    }

    private var problem: Problem { instance.problem }

    func explain(_ i: Int) -> Explanation {
        let penalty = CostModel(instance: instance).penalty(i)
        let partner = partnerOutcome(i, penalty: penalty)
        if let base = instance.ineligibleReason[i] {
            // No technician can do it: what would fix it is a partner, if one covers it.
            switch partner {
            case .blocked(let explanation): return explanation
            case .tooExpensive(let note): return Explanation(base.reason, base.message + " " + note, part: base.part,
                                                             availableDay: base.availableDay, tool: base.tool)
            case .none:
                guard base.reason == .noSkill || base.reason == .excluded, !problem.providers.isEmpty else { return base }
                return Explanation(base.reason == .noSkill && partnersExcluded(i) ? .excluded : base.reason,
                                   base.message + " " + partnerGap(i))
            }
        }
        var explanation = instance.isCrewJob(i) ? crewMiss(i, penalty: penalty) : nearestMiss(i, penalty: penalty)
        switch partner {
        case .blocked(let blocked) where blocked.reason == .budget:
            explanation.message += " A partner could take it, but the referral budget is spent."
        case .blocked: explanation.message += " The partners that could take it are fully booked."
        case .tooExpensive(let note): explanation.message += " " + note
        case .none: break
        }
        return explanation
    }

    /// Partners with the skills that serve the place (great-circle area check, as referrals use).
    private func coveringPartners(_ i: Int) -> [Provider] {
        let job = instance.jobs[i]
        let greatCircle: Bool
        if case .euclidean = problem.travel { greatCircle = false } else { greatCircle = true }
        return problem.providers.filter { provider in
            guard job.requiredSkills.allSatisfy({ (provider.skills[$0.key] ?? Int.min) >= $0.value }) else { return false }
            guard greatCircle, let area = provider.serviceArea else { return true }
            return TravelModel.greatCircleKm(area.center, job.location) <= area.radiusKm + 1e-9
        }
    }

    /// Whether partners could take job `i` but the job excludes every one of them.
    private func partnersExcluded(_ i: Int) -> Bool {
        let covering = coveringPartners(i)
        return !covering.isEmpty && covering.allSatisfy { instance.jobs[i].excludedProviders.contains($0.id) }
    }

    /// Why no partner takes job `i` although none is blocked by capacity or budget.
    private func partnerGap(_ i: Int) -> String {
        let job = instance.jobs[i]
        let covering = coveringPartners(i)
        if covering.isEmpty {
            let skilled = problem.providers.contains { p in job.requiredSkills.allSatisfy { (p.skills[$0.key] ?? Int.min) >= $0.value } }
            return skilled ? "The partners with the skills do not serve the place."
                : "No partner provider " + Explanation.skillGap(job, levels: problem.providers.map(\.skills)) + " either."
        }
        let allowed = covering.filter { !job.excludedProviders.contains($0.id) }
        if allowed.isEmpty {
            return "The job excludes the partners that could take it (\(Explanation.list(covering.map(\.name))))."
        }
        if job.pinned != nil { return "A confirmed visit is not handed to a partner." }
        return "The partners that could take it (\(Explanation.list(allowed.map(\.name)))) take no jobs on its days."
    }

    private enum PartnerOutcome {
        /// No provider covers the job.
        case none
        /// Providers cover it, but their days are full or the budget is spent.
        case blocked(Explanation)
        /// A provider has room, but costs more than leaving the job out.
        case tooExpensive(String)
    }

    private func partnerOutcome(_ i: Int, penalty: Double) -> PartnerOutcome {
        let options = instance.referralOptions[i]
        guard !options.isEmpty else { return .none }
        let budget = problem.referralBudget ?? .infinity
        let roomy = options.filter { providerLoad[$0.providerDay] < instance.providerDayLimits[$0.providerDay] }
        if let open = roomy.first(where: { referralSpend + $0.price <= budget + 1e-9 }) {
            let name = problem.providers[open.provider].name
            return .tooExpensive("Partner \(name) could take it on day \(open.day) for \(Explanation.number(open.price)), "
                + "which costs more than leaving it unplaced (\(Explanation.number(penalty))).")
        }
        if let first = roomy.first {
            let name = problem.providers[first.provider].name
            let left = max(0, budget - referralSpend)
            return .blocked(Explanation(.budget,
                "No technician can take it; partner \(name) could for \(Explanation.number(first.price)), "
                + "but only \(Explanation.number(left)) of the referral budget (\(Explanation.number(budget))) is left."))
        }
        let names = Explanation.list(Array(Set(options.map { problem.providers[$0.provider].name })).sorted())
        let days = Set(options.map(\.day)).sorted().map(String.init).joined(separator: ", ")
        return .blocked(Explanation(.capacity,
            "No technician can take it, and the partners that could (\(names)) are fully booked on day \(days)."))
    }

    /// Why no crew was sent: at every start time it may meet at, fewer qualified
    /// technicians than it needs could be there together.
    private func crewMiss(_ x: Int, penalty: Double) -> Explanation {
        let job = instance.jobs[x]
        let timing = RouteTiming(instance: instance)
        var most = 0
        var bestStart: Minutes?
        for members in instance.crewVariants[x] {
            // Technicians free for each member at this start, on the plan as it is.
            var free = Set<Int>()
            for c in members {
                for v in instance.vehicles where instance.eligible[c][v.index] {
                    let jobs = solution.sequences[v.index]
                    let fits = (0...jobs.count).contains { p in
                        var candidate = jobs
                        candidate.insert(c, at: p)
                        return timing.schedule(vehicle: v, jobs: instance.placingPickup(vehicle: v.index, jobs: candidate)) != nil
                    }
                    if fits { free.insert(v.technician) }
                }
            }
            if free.count > most || bestStart == nil {
                most = max(most, free.count)
                bestStart = instance.windows[members[0]].first?.start
            }
        }
        let proven = provenOptimal ? "" : " (the plan is not proven optimal: a longer run may place it)"
        let when = bestStart.map { " (the best start, \(formatClock($0 - Minutes(dayOf($0) - 1) * minutesPerDay)) on day \(dayOf($0)), has \(most) free)" } ?? ""
        if most >= job.crewSize {
            return Explanation(.capacity,
                "It needs a crew of \(job.crewSize) at the same time; the crew could be sent, but that costs more than leaving it unplaced (penalty \(Explanation.number(penalty)))\(proven).")
        }
        return Explanation(.capacity,
            "It needs a crew of \(job.crewSize) at the same time, and no start time has that many qualified technicians free together\(when)\(proven).")
    }

    /// The eligible technician-day that comes closest to fitting the job in.
    private func nearestMiss(_ i: Int, penalty: Double) -> Explanation {
        let timing = RouteTiming(instance: instance)
        var best: (short: Double, vehicle: Vehicle)?
        var fitsInTime: [Vehicle] = []
        var loadBlocked: Vehicle?
        for v in instance.vehicles where instance.eligible[i][v.index] {
            let jobs = solution.sequences[v.index]
            let load = jobs.reduce(instance.jobs[i].demand) { $0 + instance.jobs[$1].demand }
            if load > (problem.technicians[v.technician].capacity ?? .infinity) + 1e-9 {
                loadBlocked = loadBlocked ?? v
                continue
            }
            var shortest = Double.infinity
            var fits = false
            for position in 0...jobs.count {
                var candidate = jobs
                candidate.insert(i, at: position)
                // With depot pick-ups, the stop goes before the first job that needs it.
                candidate = instance.placingPickup(vehicle: v.index, jobs: candidate)
                if timing.schedule(vehicle: v, jobs: candidate) != nil { fits = true }
                shortest = min(shortest, overrun(v, candidate))
            }
            if fits { fitsInTime.append(v) }
            if shortest < (best?.short ?? .infinity) - 1e-9 { best = (shortest, v) }
        }
        let proven = provenOptimal ? "" : " (the plan is not proven optimal: a longer run may place it)"
        if !fitsInTime.isEmpty {
            let v = fitsInTime[0]
            let name = problem.technicians[v.technician].name
            if let short = partsBlock(i, on: fitsInTime) { return short }
            if let out = toolsBlock(i, on: fitsInTime) { return out }
            if let budget = problem.overtimeBudget {
                return Explanation(.capacity,
                    "\(name) has time for it on day \(v.day) only with overtime, and the overtime budget (\(Explanation.number(budget)) min) is used up or the job costs more than its penalty (\(Explanation.number(penalty)))\(proven).",
                    technician: problem.technicians[v.technician].id, minutesShort: 0)
            }
            return Explanation(.capacity,
                "\(name) could fit it in on day \(v.day), but that costs more than leaving it unplaced (penalty \(Explanation.number(penalty)))\(proven).",
                technician: problem.technicians[v.technician].id, minutesShort: 0)
        }
        if let (short, v) = best, short.isFinite {
            let tech = problem.technicians[v.technician]
            let minutes = max(1, short.rounded(.up))
            return Explanation(.capacity,
                "Every eligible technician's day is full; the nearest miss is \(tech.name) on day \(v.day), about \(Explanation.number(minutes)) minutes short\(proven).",
                technician: tech.id, minutesShort: minutes)
        }
        if let v = loadBlocked {
            let tech = problem.technicians[v.technician]
            return Explanation(.capacity, "The vans that could take it are full (\(tech.name) on day \(v.day) and others)\(proven).",
                               technician: tech.id)
        }
        return Explanation(.capacity,
            "No eligible technician has a gap inside its time windows between the jobs placed\(proven).")
    }

    /// How many minutes `jobs` in this order overrun on `v`: the largest lateness past a
    /// window's end (or a pinned start) or past the latest return, timing every stop as
    /// early as it can be and taking the break once the break window opens. An estimate
    /// for messages: 0 means the order nearly fits.
    private func overrun(_ v: Vehicle, _ jobs: [Int]) -> Double {
        var time = v.shiftStart
        var node = v.startNode
        var late = 0.0
        var breakTaken = !v.needsBreakCheck
        for j in jobs {
            let arrival = time + instance.duration[node][j]
            var start = arrival
            if let pin = instance.jobs[j].pinned {
                start = max(arrival, pin.start)
                late = max(late, arrival - pin.start)
            } else if let window = instance.windows[j].first(where: { $0.end >= arrival }) {
                start = max(arrival, window.start)
            } else if let last = instance.windows[j].last {
                late = max(late, arrival - last.end)
            }
            time = start + instance.jobs[j].duration
            node = j
            if !breakTaken, let window = v.breakWindow, time >= window.start {
                time += v.breakDuration
                breakTaken = true
            }
        }
        var back = time + instance.duration[node][v.endNode]
        if !breakTaken, back > v.latestBreakStart { back += v.breakDuration }
        return max(late, back - v.latestReturn, 0)
    }

    /// `tool_unavailable` when on every day the job fits in time, a tool it needs is off
    /// the van and every depot unit is out with other technicians.
    private func toolsBlock(_ i: Int, on vehicles: [Vehicle]) -> Explanation? {
        let tools = instance.tools
        guard !tools.jobTools[i].isEmpty else { return nil }
        var out: (tool: Int, day: Int)?
        for v in vehicles {
            var sequences = solution.sequences
            sequences[v.index].append(i)
            let allocation = ToolsAllocation(instance: instance, sequences: sequences)
            guard let first = allocation.overdrawn.first(where: { $0.day == v.day }) else { return nil }
            out = out ?? (first.tool, first.day)
        }
        guard let out else { return nil }
        let id = tools.toolIDs[out.tool]
        let name = problem.tool(id).map { "\($0.name) (\(id))" } ?? id
        let units = tools.depot[out.tool]
        return Explanation(.toolUnavailable,
            "On the days it fits in time, the technicians who could go lack the \(name) on the van, and the depot's "
                + "\(units) unit\(units == 1 ? " is" : "s are") out with other technicians (day \(out.day) and others).",
            tool: id)
    }

    /// `parts_unavailable` when every day the job fits in time lacks its parts (the
    /// stock goes to jobs placed ahead of it and no order arrives in time).
    private func partsBlock(_ i: Int, on vehicles: [Vehicle]) -> Explanation? {
        guard !instance.jobs[i].parts.isEmpty else { return nil }
        var firstShortage: PartsAllocation.Shortage?
        for v in vehicles {
            var sequences = solution.sequences
            sequences[v.index].append(i)
            let allocation = PartsAllocation(instance: instance, sequences: sequences)
            guard let shortage = allocation.shortages.first else { return nil }
            firstShortage = firstShortage ?? shortage
        }
        guard let shortage = firstShortage else { return nil }
        let id = instance.supply.partIDs[shortage.part]
        let arrival = instance.supply.earliestArrival(shortage.part)
        let when = arrival.map { "an order placed now arrives on day \($0)" } ?? "no supplier sells it"
        return Explanation(.partsUnavailable,
            "The stock of \(id) goes to jobs placed ahead of it on the days it fits, and \(when).",
            part: id, availableDay: arrival)
    }
}
