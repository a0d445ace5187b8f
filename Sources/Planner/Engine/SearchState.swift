import FieldService

/// A complete solution under search: a route per vehicle, the unplaced jobs,
/// where each job is, parts use per technician, and the total cost.
struct SearchState: Sendable {
    private(set) var routes: [SearchRoute]
    /// `place[job]`: vehicle of the job, or -1 when unplaced.
    private(set) var place: [Int]
    private(set) var parts: PartsUse
    /// Sum of route costs plus the penalties of unplaced jobs.
    private(set) var cost: Double
    private(set) var overtime: Minutes

    init(data: EngineData) {
        routes = data.instance.vehicles.indices.map { SearchRoute(vehicle: $0, data: data) }
        place = Array(repeating: -1, count: data.instance.jobCount)
        parts = PartsUse(data: data)
        cost = data.penalty.reduce(0, +)
        overtime = 0
    }

    var unplaced: [Int] { place.indices.filter { place[$0] < 0 } }

    /// Sets the jobs of vehicle `v` (already checked feasible), keeping every index in step.
    mutating func setRoute(_ v: Int, _ jobs: [Int], data: EngineData) {
        let old = routes[v]
        // Jobs leaving this route become unplaced unless another route already holds them.
        for j in old.jobs where place[j] == v {
            place[j] = -1
            cost += data.penalty[j]
        }
        for j in jobs {
            if place[j] < 0 { cost -= data.penalty[j] }
            place[j] = v
        }
        if data.hasParts {
            let technician = data.instance.vehicles[v].technician
            for j in old.jobs { parts.remove(j, technician: technician, data: data) }
            for j in jobs { parts.add(j, technician: technician, data: data) }
        }
        cost -= old.cost
        overtime -= old.overtime
        routes[v].set(jobs, data: data)
        cost += routes[v].cost
        overtime += routes[v].overtime
    }

    /// Removes job `j` from its route (no-op when unplaced).
    mutating func remove(_ j: Int, data: EngineData) {
        let v = place[j]
        guard v >= 0 else { return }
        var jobs = routes[v].jobs
        jobs.removeAll { $0 == j }
        setRoute(v, jobs, data: data)
    }

    /// Recomputes the cost from scratch (guards against drift).
    func recomputedCost(data: EngineData) -> Double {
        routes.reduce(0) { $0 + $1.cost } + place.indices.filter { place[$0] < 0 }.reduce(0) { $0 + data.penalty[$1] }
    }

    /// Sequences per vehicle, for decoding.
    var sequences: [[Int]] { routes.map(\.jobs) }
}

/// Parts used per technician, and how much of the depot that takes.
///
/// A technician's jobs take parts from the van first; what exceeds the van
/// comes from the depot, which all technicians share.
struct PartsUse: Sendable {
    /// `use[technician][part index]`.
    private(set) var use: [[Int]]
    /// Units taken from the depot per part.
    private(set) var depot: [Int]

    init(data: EngineData) {
        use = Array(repeating: Array(repeating: 0, count: data.partIDs.count), count: data.instance.problem.technicians.count)
        depot = Array(repeating: 0, count: data.partIDs.count)
    }

    private static func excess(_ use: Int, van: Int) -> Int { max(0, use - van) }

    mutating func add(_ job: Int, technician t: Int, data: EngineData) {
        for (p, q) in data.jobParts[job] {
            let before = Self.excess(use[t][p], van: data.vanStock[t][p])
            use[t][p] += q
            depot[p] += Self.excess(use[t][p], van: data.vanStock[t][p]) - before
        }
    }

    mutating func remove(_ job: Int, technician t: Int, data: EngineData) {
        for (p, q) in data.jobParts[job] {
            let before = Self.excess(use[t][p], van: data.vanStock[t][p])
            use[t][p] -= q
            depot[p] += Self.excess(use[t][p], van: data.vanStock[t][p]) - before
        }
    }

    /// Whether technician `t` can also do the jobs `adding`, after giving up `removing`.
    func allows(adding: some Collection<Int>, removing: some Collection<Int>, technician t: Int, data: EngineData) -> Bool {
        guard data.hasParts else { return true }
        var change: [Int: Int] = [:]
        for j in adding { for (p, q) in data.jobParts[j] { change[p, default: 0] += q } }
        for j in removing { for (p, q) in data.jobParts[j] { change[p, default: 0] -= q } }
        for (p, delta) in change where delta > 0 {
            let before = Self.excess(use[t][p], van: data.vanStock[t][p])
            let after = Self.excess(use[t][p] + delta, van: data.vanStock[t][p])
            if depot[p] + after - before > data.depotStock[p] { return false }
        }
        return true
    }
}
