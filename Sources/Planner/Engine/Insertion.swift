import FieldService

/// Where a job could go, and what it would cost.
struct InsertionCandidate: Sendable {
    var vehicle: Int
    var position: Int
    /// Change of the route's cost.
    var delta: Double
    /// The route's whole new sequence when more than the job changes (its depot
    /// pick-up stop added or moved); nil: the job goes in at `position`.
    var sequence: [Int]? = nil
}

/// Cheapest feasible insertion of a job into routes: O(1) per position from
/// the route's prefix and suffix segments (exact timing only for routes with
/// breaks or multi-window jobs).
struct Inserter {
    let data: EngineData

    /// The best position for `job` in route `v` (skipping each position with
    /// probability `blink`), or nil if none is feasible.
    func best(_ job: Int, in v: Int, state: SearchState, blink: Double, rng: inout SearchRandom) -> InsertionCandidate? {
        guard data.instance.eligible[job][v] else { return nil }
        let route = state.routes[v]
        let vehicle = data.instance.vehicles[v]
        let instance = data.instance
        // With counters, a route that buys at one takes nothing from the depot; the
        // change is worked out per candidate below.
        let counters = instance.hasCounters && !data.jobParts[job].isEmpty
        let buysAtCounter = counters && route.jobs.contains { instance.stopCounter($0) != nil }
        var partsDelta = 0.0
        if data.hasParts, !data.jobParts[job].isEmpty, !buysAtCounter {
            if let d = state.parts.delta([PartsUse.Change(technician: vehicle.technician, day: vehicle.day,
                                                         adding: [job], removing: [])], data: data) {
                partsDelta = d
            } else if !counters {
                return nil
            } else {
                partsDelta = .infinity
            }
        }
        guard route.load + data.demand[job] <= data.capacity[v] + 1e-9 else { return nil }
        if data.hasTools, data.needsTools(job),
           !state.tools.fits([ToolsUse.Change(vehicle: v, adding: [job], removing: [])], data: data) { return nil }
        let node = data.jobSegment[job]
        let end = data.endSegment[v]
        let assignment = route.assignment + (data.hasAssignmentCosts ? data.assignmentCost[job][v] : 0)
        let evaluator = RouteEvaluator(data: data)
        var best: InsertionCandidate?
        // With depot pick-ups, a job that needs parts or tools may need the stop before it.
        let checksPickup = data.instance.hasPickups && (!data.jobParts[job].isEmpty || data.needsTools(job))
        for p in 0...route.count {
            if blink > 0, rng.chance(blink) { continue }
            if checksPickup {
                var jobs = route.jobs
                jobs.insert(job, at: p)
                if counters || !instance.keepsPickupRule(vehicle: v, jobs: jobs) {
                    // The stop where the rule wants it, at the depot or at each counter that serves the route.
                    for placed in counters ? instance.pickupAlternatives(vehicle: v, jobs: jobs)
                        : [instance.placingPickup(vehicle: v, jobs: jobs)] {
                        var delta = 0.0
                        if counters {
                            guard let d = state.parts.delta([PartsUse.Change(
                                technician: vehicle.technician, day: vehicle.day, adding: instance.depotView(placed),
                                removing: instance.depotView(route.jobs))], data: data) else { continue }
                            delta = d
                        } else {
                            delta = partsDelta
                        }
                        guard let evaluation = evaluator.evaluate(vehicle: v, sequence: placed, assignment: assignment),
                              state.overtime - route.overtime + evaluation.overtime <= data.overtimeBudget + 1e-9 else { continue }
                        delta += evaluation.cost - route.cost
                        if delta < (best?.delta ?? .infinity) - 1e-9 {
                            best = InsertionCandidate(vehicle: v, position: p, delta: delta,
                                                      sequence: placed == jobs ? nil : placed)
                        }
                    }
                    continue
                }
            }
            var full = data.join(route.prefix[p], node)
            // Cheap distance bound: skip positions that cannot beat the best.
            if let b = best {
                let before = p == 0 ? route.prefix[0].last : route.jobs[p - 1]
                let after = p == route.count ? end.first : route.jobs[p]
                let detour = data.distance(before, job) + data.distance(job, after) - data.distance(before, after)
                if detour * data.costPerKm - 1e-9 > b.delta + 1e-9 && data.costPerKm > 0 && !hasTimeCosts(v) { continue }
            }
            if p < route.count { full = data.join(full, route.suffix[p]) }
            full = data.join(full, end)
            guard full.isTimeFeasible else { continue }
            guard let evaluation = evaluator.evaluate(vehicle: v, full: full, count: route.count + 1, jobs: {
                var jobs = route.jobs
                jobs.insert(job, at: p)
                return jobs
            }, assignment: assignment) else { continue }
            if state.overtime - route.overtime + evaluation.overtime > data.overtimeBudget + 1e-9 { continue }
            let delta = evaluation.cost - route.cost + partsDelta
            if delta < (best?.delta ?? .infinity) - 1e-9 {
                best = InsertionCandidate(vehicle: v, position: p, delta: delta)
            }
        }
        return best
    }

    /// Whether costs other than distance depend on the route's timing or length for vehicle `v`.
    @inline(__always)
    func hasTimeCosts(_ v: Int) -> Bool {
        let vehicle = data.instance.vehicles[v]
        return vehicle.costPerMinute > 0 || vehicle.overtimeCostPerMinute > 0 || vehicle.needsBreakCheck
    }

    /// Routes worth trying for `job`: every eligible one on small instances;
    /// on large ones, routes holding one of its neighbours plus a few empty
    /// routes whose technicians start nearest (granular neighbourhood).
    func candidateVehicles(for job: Int, state: SearchState) -> [Int] {
        let all = data.vehiclesOf[job]
        guard all.count > 24 else { return all }
        var seen = Set<Int>()
        var result: [Int] = []
        for other in data.neighbours[job] {
            let v = state.place[other]
            if v >= 0, data.instance.eligible[job][v], seen.insert(v).inserted { result.append(v) }
        }
        var empties = 0
        for v in data.nearestVehicles[job] where state.routes[v].isEmpty && data.instance.eligible[job][v] {
            if seen.insert(v).inserted {
                result.append(v)
                empties += 1
                if empties >= 3 { break }
            }
        }
        if result.count < 4 {
            for v in data.nearestVehicles[job] where data.instance.eligible[job][v] && seen.insert(v).inserted {
                result.append(v)
                if result.count >= 8 { break }
            }
        }
        return result
    }

    /// The cheapest insertion of `job` over its candidate routes.
    func cheapest(_ job: Int, state: SearchState, blink: Double, rng: inout SearchRandom) -> InsertionCandidate? {
        var best: InsertionCandidate?
        for v in candidateVehicles(for: job, state: state) {
            if let c = self.best(job, in: v, state: state, blink: blink, rng: &rng), c.delta < (best?.delta ?? .infinity) - 1e-9 {
                best = c
            }
        }
        return best
    }

    /// Inserts `job` as `candidate` says.
    func apply(_ job: Int, _ candidate: InsertionCandidate, to state: inout SearchState) {
        if let sequence = candidate.sequence {
            state.setRoute(candidate.vehicle, sequence, data: data)
            return
        }
        var jobs = state.routes[candidate.vehicle].jobs
        jobs.insert(job, at: candidate.position)
        state.setRoute(candidate.vehicle, jobs, data: data)
    }
}
