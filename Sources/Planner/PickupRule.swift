/// The rule of depot pick-ups (``FieldService/DepotPickup``): a route that needs
/// anything beyond the van stops once, at the depot or at a supplier's counter, before
/// the first job that needs it.
///
/// The van is restocked to its `vanStock` every night, so the rule is local to a
/// route: in visiting order, the van serves the first `vanStock[part]` units of each
/// part; a job needs the stop when it takes a unit beyond that, or needs a tool the
/// van does not carry. A counter sells parts only: a route may stop there instead of
/// the depot when it borrows no tool and the counter sells every part it takes beyond
/// the van; those parts are bought there and do not touch the depot.
extension Instance {
    /// Position in `jobs` (a route of vehicle `v`, its stop included or not) of the
    /// first job that needs something beyond the van; nil when none does.
    func firstDepotNeed(vehicle v: Int, jobs: [Int]) -> Int? {
        let technician = vehicles[v].technician
        let van = supply.vanStock.indices.contains(technician) ? supply.vanStock[technician] : []
        var used: [Int: Int] = [:]
        for (position, j) in jobs.enumerated() where !isPickup(j) {
            for k in tools.jobTools[j] where !tools.onVan[technician][k] { return position }
            for (p, q) in partNeeds[j] {
                let total = used[p, default: 0] + q
                if total > (van.indices.contains(p) ? van[p] : 0) { return position }
                used[p] = total
            }
        }
        return nil
    }

    /// Units of each part route `jobs` of vehicle `v` takes beyond the van (ascending by part).
    func beyondVan(vehicle v: Int, jobs: [Int]) -> [(part: Int, quantity: Int)] {
        let technician = vehicles[v].technician
        var used: [Int: Int] = [:]
        for j in jobs where !isPickup(j) { for (p, q) in partNeeds[j] { used[p, default: 0] += q } }
        return used.keys.sorted().compactMap { p in
            let van = supply.vanStock.indices.contains(technician) && supply.vanStock[technician].indices.contains(p)
                ? supply.vanStock[technician][p] : 0
            let beyond = (used[p] ?? 0) - van
            return beyond > 0 ? (p, beyond) : nil
        }
    }

    /// Whether counter `c` can serve route `jobs` of vehicle `v`: no tool to borrow, and
    /// every part taken beyond the van for sale there.
    func counterServes(_ c: Int, vehicle v: Int, jobs: [Int]) -> Bool {
        let technician = vehicles[v].technician
        for j in jobs where !isPickup(j) {
            if tools.jobTools[j].contains(where: { !tools.onVan[technician][$0] }) { return false }
        }
        return beyondVan(vehicle: v, jobs: jobs).allSatisfy { counterPrice[c][$0.part] != nil }
    }

    /// What route `jobs` of vehicle `v` spends at its counter stop (0 without one).
    func counterCost(vehicle v: Int, jobs: [Int]) -> Double {
        guard hasCounters, let c = jobs.lazy.compactMap({ self.stopCounter($0) }).first else { return 0 }
        return beyondVan(vehicle: v, jobs: jobs).reduce(0) { $0 + Double($1.quantity) * (counterPrice[c][$1.part] ?? .infinity) }
    }

    /// The parts route `jobs` takes from the depot's side: its jobs, or none when it
    /// buys at a counter.
    func depotView(_ jobs: [Int]) -> [Int] {
        guard hasCounters, jobs.contains(where: { stopCounter($0) != nil }) else { return jobs }
        return []
    }

    /// Whether route `jobs` of vehicle `v` keeps the rule: at most one stop; nothing
    /// needed beyond the van, or a stop before the first job that needs it (a counter
    /// only when it serves the route). Always true without depot pick-ups.
    func keepsPickupRule(vehicle v: Int, jobs: [Int]) -> Bool {
        guard hasPickups else { return true }
        let stops = jobs.indices.filter { isPickup(jobs[$0]) }
        guard stops.count <= 1 else { return false }
        guard let need = firstDepotNeed(vehicle: v, jobs: jobs) else { return true }
        guard let at = stops.first, at < need, pickupVehicle(jobs[at]) == v else { return false }
        if let c = stopCounter(jobs[at]) { return counterServes(c, vehicle: v, jobs: jobs) }
        return true
    }

    /// Route `jobs` of vehicle `v` with its stop where the rule wants it: stops dropped
    /// when nothing is needed; a stop in a valid place kept; otherwise the depot's stop
    /// just before the first job that needs it. The result still needs a timing check.
    func placingPickup(vehicle v: Int, jobs: [Int]) -> [Int] {
        guard hasPickups, let stop = pickupJob[v] else { return jobs }
        guard firstDepotNeed(vehicle: v, jobs: jobs) != nil else { return jobs.filter { !isPickup($0) } }
        if keepsPickupRule(vehicle: v, jobs: jobs) { return jobs }
        var result = jobs.filter { !isPickup($0) }
        result.insert(stop, at: firstDepotNeed(vehicle: v, jobs: result) ?? result.count)
        return result
    }

    /// The ways to give route `jobs` of vehicle `v` its stop: ``placingPickup(vehicle:jobs:)``,
    /// then each counter that serves the route in place of the depot's stop.
    func pickupAlternatives(vehicle v: Int, jobs: [Int]) -> [[Int]] {
        let placed = placingPickup(vehicle: v, jobs: jobs)
        guard hasCounters, firstDepotNeed(vehicle: v, jobs: placed) != nil else { return [placed] }
        var result = [placed]
        let bare = placed.filter { !isPickup($0) }
        let at = firstDepotNeed(vehicle: v, jobs: bare) ?? bare.count
        for (c, stop) in counterStops[v].enumerated() where counterServes(c, vehicle: v, jobs: bare) {
            var option = bare
            option.insert(stop, at: at)
            if option != placed { result.append(option) }
        }
        return result
    }
}
