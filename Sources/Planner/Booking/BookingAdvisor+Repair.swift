import FieldService

/// The quick local repair of a booking query: when the request fits too few places as the
/// plan stands, put it where another visit was and hand that visit to another
/// technician-day.
extension BookingAdvisor {
    /// Most openings timed per query, so that a repair stays a quick answer on large plans.
    static let repairTimingLimit = 240

    /// Up to `needed` offers, cheapest first, that each move one unpinned visit of the
    /// request's technician-day to another technician-day; none within `separation` of
    /// each other or of `taken` on one technician-day; every visit's start within
    /// `maximumShift` of its time in the plan.
    ///
    /// Openings (a visit taken out, the request put in) are timed in the order of a lower
    /// bound on what they add (travel, work and preference are exact, overtime can only
    /// fall by what the route has), and the search stops once no untimed opening can beat
    /// the `needed` best offers found. The moved visit goes to its cheapest feasible place,
    /// found the same way.
    func repairOffers(needed: Int, separation: Minutes, maximumShift: Minutes, taken: [Offer]) -> [Offer] {
        guard needed > 0 else { return [] }
        let timing = RouteTiming(instance: instance)
        let costs = CostModel(instance: instance)
        var relocations: [Int: Relocation?] = [:]
        var found: [Offer] = []
        var worst = Double.infinity
        var timed = 0
        for opening in openings() {
            if opening.bound >= worst - 1e-9 || timed >= Self.repairTimingLimit { break }
            timed += 1
            let v = instance.vehicles[opening.vehicle]
            var jobs = sequences[v.index]
            let u = jobs.remove(at: opening.removed)
            jobs.insert(slot, at: opening.position)
            jobs = instance.placingPickup(vehicle: v.index, jobs: jobs)
            guard let at = jobs.firstIndex(of: slot), let route = timing.schedule(vehicle: v, jobs: jobs) else { continue }
            let relocation: Relocation?
            if let known = relocations[u] {
                relocation = known
            } else {
                relocation = relocate(u, from: v.index, maximumShift: maximumShift, timing: timing, costs: costs)
                relocations[u] = relocation
            }
            guard let relocation else { continue }
            var offer = Offer(vehicle: v.index, position: at, sequence: jobs, route: route,
                              move: Offer.Move(job: u, vehicle: relocation.vehicle, position: relocation.position,
                                               sequence: relocation.sequence, route: relocation.route),
                              added: costs.cost(of: route) - routeCosts[v.index] + relocation.added, orders: [])
            guard withinShift(offer, maximumShift), let (extra, orders) = sharedLimits(offer) else { continue }
            offer.added += extra
            offer.orders = orders
            found.append(offer)
            found.sort { ($0.added, $0.vehicle, $0.position, $0.move?.job ?? 0) < ($1.added, $1.vehicle, $1.position, $1.move?.job ?? 0) }
            let chosen = select(found, count: needed, separation: separation, taken: taken)
            if chosen.count == needed, let last = chosen.last { worst = last.added }
        }
        return select(found, count: needed, separation: separation, taken: taken)
    }

    /// Taking out the visit at `removed` of a technician-day and putting the request at
    /// `position` of what is left, with a lower bound on what that adds.
    struct Opening {
        var vehicle: Int
        var removed: Int
        var position: Int
        var bound: Double
    }

    /// Every opening of the technician-days the request may go to, by bound. A depot
    /// pick-up stop is never taken out (it goes where the rule wants it); as the stop may
    /// be dropped, its detour and handling come off the bound.
    func openings() -> [Opening] {
        var openings: [Opening] = []
        for v in instance.vehicles where instance.eligible[slot][v.index] {
            let sequence = sequences[v.index]
            guard let route = routes[v.index], !sequence.isEmpty else { continue }
            let overtimeCost = max(0, route.returnTime - v.shiftEnd) * v.overtimeCostPerMinute
            let node = { (i: Int) -> Int in i < 0 ? v.startNode : i < sequence.count ? sequence[i] : v.endNode }
            var pickupSaving = 0.0
            if let at = sequence.firstIndex(where: instance.isPickup) {
                let stop = sequence[at]
                pickupSaving = max(0, instance.arcCost(node(at - 1), stop, vehicle: v) + instance.arcCost(stop, node(at + 1), vehicle: v)
                    - instance.arcCost(node(at - 1), node(at + 1), vehicle: v) + instance.serviceCost(job: stop, vehicle: v))
            }
            let requestCost = instance.serviceCost(job: slot, vehicle: v) - overtimeCost - pickupSaving
            for k in sequence.indices where !instance.isPickup(sequence[k]) && instance.jobs[sequence[k]].pinned == nil {
                let u = sequence[k]
                let removal = instance.arcCost(node(k - 1), node(k + 1), vehicle: v) - instance.arcCost(node(k - 1), u, vehicle: v)
                    - instance.arcCost(u, node(k + 1), vehicle: v) - instance.serviceCost(job: u, vehicle: v)
                // What is left is the sequence without k: its i-th visit is the sequence's i or i + 1.
                let left = { (i: Int) -> Int in node(i < k ? i : i + 1) }
                for p in 0..<sequence.count {
                    let a = left(p - 1), b = left(p)
                    let insertion = instance.arcCost(a, slot, vehicle: v) + instance.arcCost(slot, b, vehicle: v)
                        - instance.arcCost(a, b, vehicle: v)
                    openings.append(Opening(vehicle: v.index, removed: k, position: p, bound: removal + requestCost + insertion))
                }
            }
        }
        openings.sort { ($0.bound, $0.vehicle, $0.removed, $0.position) < ($1.bound, $1.vehicle, $1.removed, $1.position) }
        return openings
    }

    /// Where a moved visit goes: another technician-day, its new sequence and route, and
    /// what that adds to the day's cost.
    struct Relocation {
        var vehicle: Int
        var position: Int
        var sequence: [Int]
        var route: TimedRoute
        var added: Double
    }

    /// The cheapest feasible place for visit `u` on a technician-day other than `from`,
    /// with the start of `u` and of that day's visits within `maximumShift` of the plan's.
    func relocate(_ u: Int, from: Int, maximumShift: Minutes, timing: RouteTiming, costs: CostModel) -> Relocation? {
        var places: [(vehicle: Int, position: Int, bound: Double)] = []
        for w in instance.vehicles where w.index != from && instance.eligible[u][w.index] {
            let sequence = sequences[w.index]
            let node = { (i: Int) -> Int in i < 0 ? w.startNode : i < sequence.count ? sequence[i] : w.endNode }
            let base = instance.serviceCost(job: u, vehicle: w) + (sequence.isEmpty ? w.fixedCost : 0)
            for q in 0...sequence.count {
                let a = node(q - 1), b = node(q)
                places.append((w.index, q, base + instance.arcCost(a, u, vehicle: w) + instance.arcCost(u, b, vehicle: w)
                    - instance.arcCost(a, b, vehicle: w)))
            }
        }
        places.sort { ($0.bound, $0.vehicle, $0.position) < ($1.bound, $1.vehicle, $1.position) }
        let previousStart = routes[from]?.stops.first { $0.job == u }?.start
        var best: Relocation?
        for place in places {
            if let best, place.bound >= best.added - 1e-9 { break }
            let w = instance.vehicles[place.vehicle]
            var jobs = sequences[w.index]
            jobs.insert(u, at: place.position)
            jobs = instance.placingPickup(vehicle: w.index, jobs: jobs)
            guard let at = jobs.firstIndex(of: u), let route = timing.schedule(vehicle: w, jobs: jobs) else { continue }
            if maximumShift.isFinite {
                guard let previousStart, let now = route.stops.first(where: { $0.job == u }),
                      abs(now.start - previousStart) <= maximumShift + 1e-9 else { continue }
            }
            let added = costs.cost(of: route) - routeCosts[w.index]
            if best.map({ added < $0.added - 1e-9 }) ?? true {
                best = Relocation(vehicle: w.index, position: at, sequence: jobs, route: route, added: added)
            }
        }
        return best
    }
}
