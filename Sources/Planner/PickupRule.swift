/// The rule of depot pick-ups (``FieldService/DepotPickup``): a route that needs
/// anything from the depot stops there once, before the first job that needs it.
///
/// The van is restocked to its `vanStock` every night, so the rule is local to a
/// route: in visiting order, the van serves the first `vanStock[part]` units of each
/// part; a job needs the depot when it takes a unit beyond that, or needs a tool the
/// van does not carry.
extension Instance {
    /// Position in `jobs` (a route of vehicle `v`, its stop included or not) of the
    /// first job that needs something from the depot; nil when none does.
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

    /// Whether route `jobs` of vehicle `v` keeps the rule: nothing needed from the
    /// depot, or the vehicle's stop before the first job that needs it. Always true
    /// without depot pick-ups.
    func keepsPickupRule(vehicle v: Int, jobs: [Int]) -> Bool {
        guard hasPickups, let need = firstDepotNeed(vehicle: v, jobs: jobs) else { return true }
        guard let stop = pickupJob[v], let at = jobs.firstIndex(of: stop) else { return false }
        return at < need
    }

    /// Route `jobs` of vehicle `v` with its stop where the rule wants it: an unneeded
    /// stop dropped; a missing or late one moved to just before the first job that
    /// needs the depot; a stop in a valid place kept. The result still needs a timing
    /// check.
    func placingPickup(vehicle v: Int, jobs: [Int]) -> [Int] {
        guard hasPickups, let stop = pickupJob[v] else { return jobs }
        guard let need = firstDepotNeed(vehicle: v, jobs: jobs) else { return jobs.filter { $0 != stop } }
        if let at = jobs.firstIndex(of: stop), at < need { return jobs }
        var result = jobs.filter { $0 != stop }
        result.insert(stop, at: firstDepotNeed(vehicle: v, jobs: result) ?? result.count)
        return result
    }
}
