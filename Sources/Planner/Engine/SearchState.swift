import FieldService

/// A complete solution under search: a route per vehicle, the unplaced jobs,
/// where each job is, parts use per technician, and the total cost.
struct SearchState: Sendable {
    private(set) var routes: [SearchRoute]
    /// `place[job]`: vehicle of the job, or -1 when unplaced.
    private(set) var place: [Int]
    private(set) var parts: PartsUse
    private(set) var tools: ToolsUse
    /// Sum of route costs, the penalties of unplaced jobs and the cost of the parts
    /// that must be ordered.
    private(set) var cost: Double
    private(set) var overtime: Minutes
    /// `referral[job]`: index into the job's referral options, or -1 (only for jobs on no route).
    private(set) var referral: [Int]
    /// Referrals per provider-day, and the providers' prices summed (for the budget).
    private(set) var providerLoad: [Int]
    private(set) var referralSpend: Double
    /// The problem's own jobs are `0..<realJobs`; depot pick-up stops follow.
    private let realJobs: Int

    init(data: EngineData) {
        realJobs = data.instance.realJobCount
        routes = data.instance.vehicles.indices.map { SearchRoute(vehicle: $0, data: data) }
        place = Array(repeating: -1, count: data.instance.jobCount)
        parts = PartsUse(data: data)
        tools = ToolsUse(data: data)
        cost = data.penalty.reduce(0, +)
        overtime = 0
        referral = Array(repeating: -1, count: data.instance.jobCount)
        providerLoad = Array(repeating: 0, count: data.instance.providerDayLimits.count)
        referralSpend = 0
    }

    /// Jobs on no route and not referred.
    var unplaced: [Int] { (0..<realJobs).filter { place[$0] < 0 && referral[$0] < 0 } }
    /// Jobs on no route (referred or not).
    var unrouted: [Int] { (0..<realJobs).filter { place[$0] < 0 } }
    /// Referred jobs and their options.
    var referrals: [(job: Int, option: Int)] { referral.indices.filter { referral[$0] >= 0 }.map { ($0, referral[$0]) } }

    /// Sets the jobs of vehicle `v` (already checked feasible, the depot pick-up rule
    /// included), keeping every index in step. A pick-up stop the route no longer needs
    /// is dropped (which never breaks the timing).
    mutating func setRoute(_ v: Int, _ jobs: [Int], data: EngineData) {
        var jobs = jobs
        if data.instance.hasPickups, jobs.contains(where: data.instance.isPickup),
           data.instance.firstDepotNeed(vehicle: v, jobs: jobs) == nil {
            jobs.removeAll { data.instance.isPickup($0) }
        }
        let old = routes[v]
        // Jobs leaving this route become unplaced unless another route already holds them.
        for j in old.jobs where place[j] == v {
            place[j] = -1
            cost += data.penalty[j]
        }
        for j in jobs {
            if place[j] < 0 {
                unrefer(j, data: data)
                cost -= data.penalty[j]
            }
            place[j] = v
        }
        if data.instance.hasCrews {
            // A crew job is where its lead's copy is.
            let instance = data.instance
            for j in old.jobs where instance.isCrewLead(j) && place[j] < 0 {
                let x = instance.crewParent[j]
                if place[x] >= 0 {
                    place[x] = -1
                    cost += data.penalty[x]
                }
            }
            for j in jobs where instance.isCrewLead(j) {
                let x = instance.crewParent[j]
                if place[x] < 0 {
                    unrefer(x, data: data)
                    cost -= data.penalty[x]
                }
                place[x] = v
            }
        }
        if data.hasParts {
            let vehicle = data.instance.vehicles[v]
            let before = parts.total
            // A route that buys at a counter takes nothing from the depot.
            parts.apply([PartsUse.Change(technician: vehicle.technician, day: vehicle.day, adding: data.instance.depotView(jobs),
                                         removing: data.instance.depotView(old.jobs))],
                        data: data)
            cost += parts.total - before
        }
        if data.hasTools {
            tools.apply(ToolsUse.Change(vehicle: v, adding: jobs, removing: old.jobs), data: data)
        }
        cost -= old.cost
        overtime -= old.overtime
        routes[v].set(jobs, data: data)
        cost += routes[v].cost
        overtime += routes[v].overtime
    }

    /// The copies on the routes of crew job `x` (those of its placed start time), or [].
    func placedCopies(ofCrew x: Int, data: EngineData) -> [Int] {
        guard place[x] >= 0 else { return [] }
        return data.instance.crewVariants[x].first { place[$0[0]] >= 0 } ?? []
    }

    /// Whether every crew is whole: all copies of one start time on the routes, or none.
    func crewsAreWhole(data: EngineData) -> Bool {
        let instance = data.instance
        for x in 0..<instance.realJobCount where instance.isCrewJob(x) {
            let used = instance.crewVariants[x].filter { $0.contains { place[$0] >= 0 } }
            if used.count > 1 || used.contains(where: { $0.contains { place[$0] < 0 } }) { return false }
            if (place[x] >= 0) != !used.isEmpty { return false }
        }
        return true
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
        routes.reduce(0) { $0 + $1.cost }
            + place.indices.filter { place[$0] < 0 }.reduce(0) {
                $0 + (referral[$1] >= 0 ? data.instance.referralOptions[$1][referral[$1]].cost : data.penalty[$1])
            }
            + (data.hasParts ? parts.total : 0)
    }

    // MARK: Referrals

    /// Whether option `k` of job `j` fits the provider's day and the budget now.
    func isAvailable(_ j: Int, option k: Int, data: EngineData) -> Bool {
        let option = data.instance.referralOptions[j][k]
        return providerLoad[option.providerDay] < data.instance.providerDayLimits[option.providerDay]
            && referralSpend + option.price <= data.referralBudget + 1e-9
    }

    /// The cheapest option of job `j` that fits now, if any.
    func cheapestAvailableOption(_ j: Int, data: EngineData) -> Int? {
        data.instance.referralOptions[j].indices.first { isAvailable(j, option: $0, data: data) }
    }

    /// What leaving job `j` off the routes costs now: its penalty, or a cheaper referral
    /// that still fits. The threshold an insertion must beat.
    func leaveOutCost(_ j: Int, data: EngineData) -> Double {
        guard data.hasReferrals, referral[j] < 0, let k = cheapestAvailableOption(j, data: data) else { return data.penalty[j] }
        return min(data.penalty[j], data.instance.referralOptions[j][k].cost)
    }

    /// Hands job `j` (on no route) to its option `k`, which must fit.
    mutating func refer(_ j: Int, option k: Int, data: EngineData) {
        guard place[j] < 0 else { return }
        unrefer(j, data: data)
        let option = data.instance.referralOptions[j][k]
        referral[j] = k
        providerLoad[option.providerDay] += 1
        referralSpend += option.price
        cost += option.cost - data.penalty[j]
    }

    /// Takes job `j` back from its provider (no-op when it is not referred).
    mutating func unrefer(_ j: Int, data: EngineData) {
        let k = referral[j]
        guard k >= 0 else { return }
        let option = data.instance.referralOptions[j][k]
        referral[j] = -1
        providerLoad[option.providerDay] -= 1
        referralSpend -= option.price
        cost += data.penalty[j] - option.cost
    }

    /// Refers those of `jobs` left off the routes, largest saving first, each to its
    /// cheapest option that still fits when that costs less than its penalty.
    mutating func referUnrouted(_ jobs: [Int], data: EngineData) {
        guard data.hasReferrals else { return }
        var candidates: [(saving: Double, job: Int)] = []
        for j in jobs where place[j] < 0 && referral[j] < 0 {
            guard let k = cheapestAvailableOption(j, data: data) else { continue }
            let saving = data.penalty[j] - data.instance.referralOptions[j][k].cost
            if saving > 1e-9 { candidates.append((saving, j)) }
        }
        candidates.sort { ($0.saving, -$0.job) > ($1.saving, -$1.job) }
        for (_, j) in candidates {
            guard let k = cheapestAvailableOption(j, data: data),
                  data.instance.referralOptions[j][k].cost < data.penalty[j] - 1e-9 else { continue }
            refer(j, option: k, data: data)
        }
    }

    /// Sequences per vehicle, for decoding.
    var sequences: [[Int]] { routes.map(\.jobs) }
}
