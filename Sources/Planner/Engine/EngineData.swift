import FieldService

/// Everything the route search reads, precomputed from an `Instance`: node
/// segments, assignment costs, neighbour lists, and which routes need the
/// exact timing (breaks, several windows) on top of the O(1) segment check.
struct EngineData: Sendable {
    let instance: Instance
    /// One-visit segment per job (multi-window jobs use the hull of their windows).
    let jobSegment: [Segment]
    /// Start and end depot segment per vehicle.
    let startSegment: [Segment]
    let endSegment: [Segment]
    /// Jobs whose windows are not one interval: the segment check is only a relaxation.
    let multiWindow: [Bool]
    let anyMultiWindow: Bool
    /// `assignmentCost[job][vehicle]`: lateness and preference cost of doing the job on that vehicle.
    let assignmentCost: [[Double]]
    let hasAssignmentCosts: Bool
    /// Whether every job may go on every vehicle (no eligibility checks needed).
    let allEligible: Bool
    /// For each job, the nearest other jobs (by travel time and window compatibility), nearest first.
    let neighbours: [[Int]]
    /// Vehicles each job may go on.
    let vehiclesOf: [[Int]]
    /// Travel time from the nearest technician start to each job (for insertion orders).
    let depotDistance: [Minutes]
    /// Eligible vehicles of each job, nearest start location first.
    let nearestVehicles: [[Int]]
    /// Load per job and capacity per vehicle.
    let demand: [Double]
    let capacity: [Double]
    /// Penalty for leaving each job unplaced, as the search sees it: the
    /// objective's penalty, plus `pinnedPenalty` for a confirmed visit, which
    /// must be kept whenever it can be.
    let penalty: [Double]
    static let pinnedPenalty = 1e8
    let costPerKm: Double
    /// Parts: stock on vans and at the depot, and orders by the day they arrive.
    let supply: PartsSupply
    /// Each job's needs as (part index into `supply.partIDs`, units).
    let jobParts: [[(Int, Int)]]
    var partIDs: [String] { supply.partIDs }
    var hasParts: Bool { !supply.isEmpty }
    /// Whether some job needs a tool (``ToolsUse`` then checks the depot's tools).
    var hasTools: Bool { instance.tools.isUsed }
    /// Whether job `j` needs a tool.
    func needsTools(_ j: Int) -> Bool { !instance.tools.jobTools[j].isEmpty }
    /// Overtime minutes allowed in total over all routes.
    let overtimeBudget: Minutes
    /// Money allowed for referrals over the horizon.
    let referralBudget: Double
    /// Whether some job has a partner that may take it.
    let hasReferrals: Bool
    /// Per job: the least that leaving it off the routes can cost, its penalty or its
    /// cheapest referral (provider capacity and budget ignored). A valid cost of an
    /// uncovered job in relaxations.
    let outsideCost: [Double]

    init(instance: Instance, neighbourCount: Int = 40) {
        self.instance = instance
        let n = instance.jobCount
        let problem = instance.problem
        var segments: [Segment] = []
        var multi: [Bool] = []
        var demands: [Double] = []
        for (i, job) in instance.jobs.enumerated() {
            let windows = instance.windows[i]
            var lo = windows.map(\.start).min() ?? 0
            var hi = windows.map(\.end).max() ?? 0
            if let pin = job.pinned {
                lo = pin.start
                hi = pin.start
            }
            let d = job.demand
            demands.append(d)
            segments.append(Segment(node: i, service: job.duration, earliest: lo, latest: hi, load: d))
            multi.append(job.pinned == nil && windows.count > 1)
        }
        jobSegment = segments
        multiWindow = multi
        anyMultiWindow = multi.contains(true)
        demand = demands
        startSegment = instance.vehicles.map {
            Segment(node: $0.startNode, service: 0, earliest: $0.shiftStart, latest: $0.latestReturn, load: 0)
        }
        endSegment = instance.vehicles.map {
            Segment(node: $0.endNode, service: 0, earliest: $0.shiftStart, latest: $0.latestReturn, load: 0)
        }
        capacity = instance.vehicles.map { problem.technicians[$0.technician].capacity ?? .infinity }

        var assignment = Array(repeating: Array(repeating: 0.0, count: instance.vehicles.count), count: n)
        var anyCost = false
        for i in 0..<n {
            for v in instance.vehicles {
                let c = instance.serviceCost(job: i, vehicle: v) - v.costPerMinute * instance.jobs[i].duration
                assignment[i][v.index] = c
                if abs(c) > 1e-12 { anyCost = true }
            }
        }
        assignmentCost = assignment
        hasAssignmentCosts = anyCost
        allEligible = instance.eligible.allSatisfy { $0.allSatisfy { $0 } }
        let eligibleVehicles = (0..<n).map { i in instance.vehicles.indices.filter { instance.eligible[i][$0] } }
        vehiclesOf = eligibleVehicles
        depotDistance = (0..<n).map { i in
            instance.vehicles.map { instance.duration[$0.startNode][i] }.min() ?? 0
        }
        nearestVehicles = (0..<n).map { i in
            eligibleVehicles[i].sorted {
                let a = instance.duration[instance.vehicles[$0].startNode][i], b = instance.duration[instance.vehicles[$1].startNode][i]
                return (a, $0) < (b, $1)
            }
        }
        penalty = (0..<n).map {
            CostModel(instance: instance).penalty($0) + (instance.jobs[$0].pinned != nil ? EngineData.pinnedPenalty : 0)
        }
        costPerKm = problem.objective.costPerKm
        supply = instance.supply
        let ids = supply.partIDs
        jobParts = instance.jobs.map { job in ids.indices.compactMap { p in job.parts[ids[p]].map { (p, $0) } } }
        overtimeBudget = problem.overtimeBudget ?? .infinity
        referralBudget = problem.referralBudget ?? .infinity
        let penalties = penalty
        hasReferrals = instance.referralOptions.indices.contains { j in
            instance.referralOptions[j].contains { $0.cost < penalties[j] && $0.price <= (problem.referralBudget ?? .infinity) }
        }
        outsideCost = (0..<n).map { j in min(penalties[j], instance.referralOptions[j].first?.cost ?? .infinity) }

        // Granular neighbourhoods: nearest jobs by travel time plus the wait
        // or lateness that following one with the other implies.
        let k = min(neighbourCount, max(0, n - 1))
        var lists: [[Int]] = []
        lists.reserveCapacity(n)
        for i in 0..<n {
            var scored: [(Double, Int)] = []
            scored.reserveCapacity(n - 1)
            let si = segments[i]
            for j in 0..<n where j != i {
                let sj = segments[j]
                let t = min(instance.duration[i][j], instance.duration[j][i])
                // How far apart the windows are in time, beyond what travel explains.
                let arrive = si.earliest + si.service + instance.duration[i][j]
                let gap = max(0, sj.earliest - (si.latest + si.service + instance.duration[i][j]))
                    + max(0, arrive - sj.latest) * 0.2
                let arriveBack = sj.earliest + sj.service + instance.duration[j][i]
                let gapBack = max(0, si.earliest - (sj.latest + sj.service + instance.duration[j][i]))
                    + max(0, arriveBack - si.latest) * 0.2
                scored.append((t + 0.1 * min(gap, gapBack), j))
            }
            if scored.count > k {
                scored.sort { ($0.0, $0.1) < ($1.0, $1.1) }
                scored.removeLast(scored.count - k)
            } else {
                scored.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            }
            lists.append(scored.map(\.1))
        }
        neighbours = lists
    }

    @inline(__always)
    func travel(_ a: Int, _ b: Int) -> Minutes { instance.duration[a][b] }

    @inline(__always)
    func distance(_ a: Int, _ b: Int) -> Double { instance.distance[a][b] }

    /// `a` then `b`.
    @inline(__always)
    func join(_ a: Segment, _ b: Segment) -> Segment {
        a.then(b, travel: instance.duration[a.last][b.first], distance: instance.distance[a.last][b.first])
    }

    /// Whether the O(1) segment data decide a route on `vehicle` with `jobs` exactly.
    func segmentIsExact(vehicle v: Int, jobs: some Sequence<Int>) -> Bool {
        !instance.vehicles[v].needsBreakCheck && !jobs.contains { multiWindow[$0] }
    }

    /// Cost of a route from its full segment (depot to depot) on vehicle `v`,
    /// without the assignment costs of its jobs.
    func routeCost(_ full: Segment, vehicle v: Int, isEmpty: Bool) -> Double {
        guard !isEmpty else { return 0 }
        let vehicle = instance.vehicles[v]
        let overtime = max(0, full.earliestEnd - vehicle.shiftEnd)
        return full.distance * costPerKm + (full.travel + full.service) * vehicle.costPerMinute
            + overtime * vehicle.overtimeCostPerMinute + vehicle.fixedCost
    }
}
