import FieldService
import Master

/// The matheuristic: construct by regret insertion, improve by local search
/// and adaptive ruin-and-recreate under simulated annealing, keep every good
/// route in a pool, and let the GLPK set-partitioning master recombine the pool
/// now and then and at the end.
struct RouteSearch {
    let data: EngineData
    let options: PlanOptions
    let clock = ContinuousClock()
    let began: ContinuousClock.Instant

    /// What the run did, for reports and benchmarks.
    struct Statistics: Sendable {
        var iterations = 0
        var masterSolves = 0
        var masterImprovements = 0
        var masterSeconds = 0.0
        var largestMaster = 0
        var poolSize = 0
        var bestFoundBy: [String: Int] = [:]
        /// The pool's routes at the end, for the bound search's first columns.
        var pool: [MasterColumn] = []
    }

    init(data: EngineData, options: PlanOptions) {
        self.data = data
        self.options = options
        began = clock.now
    }

    var elapsed: Double { (clock.now - began).seconds }

    /// The iteration budget when the options leave it open: enough for the
    /// search to settle on days of a few hundred jobs.
    var iterationBudget: Int {
        if let iterations = options.iterations { return max(0, iterations) }
        return 2_000 + 250 * data.instance.jobCount
    }

    func run() -> (SearchState, Statistics) {
        var rng = SearchRandom(seed: options.seed)
        var stats = Statistics()
        let deadline = began + .milliseconds(Int64(max(0, options.timeLimit) * 1000))
        // The problem's jobs (depot pick-up stops come and go with them).
        let n = data.instance.realJobCount

        // Construction.
        var current = SearchState(data: data)
        let placeable = (0..<data.instance.realJobCount).filter { data.instance.ineligibleReason[$0] == nil }
        let construction: any RecreateOperator = n <= 1200
            ? RegretInsertion(k: 2) : GreedyBlinkInsertion(blinkRate: 0, constructionOrder: true)
        recreate(placeable, with: construction, into: &current, rng: &rng)
        // Jobs no technician took (or may take) go to partners where that pays.
        current.referUnrouted(Array(0..<data.instance.realJobCount), data: data)
        let search = LocalSearch(data: data)
        search.improve(&current, rng: &rng, deadline: deadline, stop: options.stop)
        var best = current
        var pool = RoutePool(capacity: 6000)
        harvest(best, into: &pool)

        let ruins: [any RuinOperator] = [StringRemoval(), RandomRemoval(), RelatedRemoval(), WorstRemoval(), RouteRemoval()]
        let recreates: [any RecreateOperator] = [GreedyBlinkInsertion(), RegretInsertion(k: 2), RegretInsertion(k: 3)]
        var ruinWeights = AdaptiveWeights(count: ruins.count)
        var recreateWeights = AdaptiveWeights(count: recreates.count)

        let budget = iterationBudget
        let masterPoints: [Double] = [0.35, 0.7]
        var nextMaster = 0
        // Leave time for the final master solve.
        let reserve = min(max(0.1 * options.timeLimit, 0.2), 5.0)
        let searchDeadline = began + .milliseconds(Int64(max(0, options.timeLimit - reserve) * 1000))
        let averageArc = max(1e-6, arcCost(best) / Double(max(1, n)))
        // Simulated annealing from 2 to 0.02 average arcs (measured on Solomon R/C/RC subsets at 10 s).
        let t0 = 2 * averageArc, tEnd = 0.02 * averageArc
        let meanRemoval = min(10.0, max(1, Double(n) / 4))
        var lastProgress = began

        while stats.iterations < budget, n > 0 {
            if clock.now >= searchDeadline || options.stop?.isStopped == true { break }
            // Progress drives the cooling and the master solves. It follows the
            // iteration budget, so a run that ends by its budget is reproducible;
            // only when the clock runs clearly ahead (the time limit will cut the
            // run) does it follow the clock, so that the search still cools in time.
            let iterationShare = Double(stats.iterations) / Double(max(1, budget))
            let timeShare = elapsed / max(1e-9, options.timeLimit - reserve)
            let progress: Double
            if budget == Int.max {
                progress = timeShare  // "until the time runs out"
            } else {
                progress = timeShare > iterationShare + 0.25 ? max(iterationShare, (timeShare - 0.25) / 0.75) : iterationShare
            }
            let temperature = t0 * pow(tEnd / t0, min(1, progress))
            stats.iterations += 1

            var candidate = current
            let ruinIndex = ruinWeights.pick(&rng)
            let recreateIndex = recreateWeights.pick(&rng)
            let count = max(1, min(n / 2, Int((rng.unit() * 2 * meanRemoval).rounded()) + 1))
            var removed = jobsOf(ruins[ruinIndex].ruin(&candidate, count: count, data: data, rng: &rng))
            // Give some of the jobs left out earlier another chance (not all: on
            // big days trying every one of them each iteration costs too much).
            var waiting = candidate.unrouted.filter { data.instance.ineligibleReason[$0] == nil && !removed.contains($0) }
            if waiting.count > count {
                waiting.shuffle(using: &rng)
                waiting.removeLast(waiting.count - count)
            }
            removed += waiting
            // Referred jobs among them compete for a route again, and free their provider's place.
            for j in removed { candidate.unrefer(j, data: data) }
            recreate(removed, with: recreates[recreateIndex], into: &candidate, rng: &rng)
            candidate.referUnrouted(removed, data: data)

            var score = 0.0
            if candidate.cost < best.cost - 1e-6 {
                // Small days: polish everything; big days: only the routes this step changed.
                let changed = n > 400 ? candidate.routes.indices.filter { candidate.routes[$0].jobs != current.routes[$0].jobs } : nil
                search.improve(&candidate, rng: &rng, deadline: searchDeadline, stop: options.stop, focus: changed)
                best = candidate
                current = candidate
                score = AdaptiveWeights.newBest
                stats.bestFoundBy[ruins[ruinIndex].name + "+" + recreates[recreateIndex].name, default: 0] += 1
                harvest(best, into: &pool)
            } else if candidate.cost < current.cost - 1e-6 {
                current = candidate
                score = AdaptiveWeights.better
                if current.cost < best.cost * 1.02 { harvest(current, into: &pool) }
            } else if candidate.cost < current.cost - temperature * log(max(1e-300, rng.unit())) {
                current = candidate
                score = AdaptiveWeights.accepted
            }
            ruinWeights.reward(ruinIndex, score)
            recreateWeights.reward(recreateIndex, score)
            if stats.iterations % 100 == 0 {
                ruinWeights.update()
                recreateWeights.update()
            }

            if nextMaster < masterPoints.count, progress >= masterPoints[nextMaster] {
                nextMaster += 1
                if let improved = master(pool: pool, best: best, timeLimit: masterTimeLimit(budget), stats: &stats),
                   improved.cost < best.cost - 1e-6 {
                    best = improved
                    current = improved
                }
            }
            if let report = options.progress, (clock.now - lastProgress) >= .milliseconds(500) {
                lastProgress = clock.now
                report(PlanProgress(elapsed: elapsed, iterations: stats.iterations, bestCost: best.cost,
                                    unplaced: best.unplaced.count, poolSize: pool.count))
            }
        }

        // Final recombination of the pool.
        if n > 0, options.stop?.isStopped != true {
            let remaining = options.timeLimit - elapsed
            if remaining > 0.05,
               let improved = master(pool: pool, best: best,
                                     timeLimit: budget == Int.max ? min(remaining * 0.9, 30) : remaining, stats: &stats),
               improved.cost < best.cost - 1e-6 {
                best = improved
            }
        }
        stats.poolSize = pool.count
        stats.pool = pool.columns
        return (best, stats)
    }

    /// The problem's jobs behind what a ruin step took out: pick-up stops dropped, crew
    /// copies replaced by their crew job; in first-seen order, without repeats.
    private func jobsOf(_ removed: [Int]) -> [Int] {
        let instance = data.instance
        guard instance.hasPickups || instance.hasCrews else { return removed }
        var seen = Set<Int>()
        var jobs: [Int] = []
        for j in removed where !instance.isPickup(j) {
            let job = instance.isCrewCopy(j) ? instance.crewParent[j] : j
            if seen.insert(job).inserted { jobs.append(job) }
        }
        return jobs
    }

    /// Puts `jobs` back: crew jobs first, each as one decision (``CrewInserter``), then
    /// the others by `recreate`.
    private func recreate(_ jobs: [Int], with recreate: any RecreateOperator, into state: inout SearchState,
                          rng: inout SearchRandom) {
        guard data.instance.hasCrews else {
            recreate.recreate(jobs, into: &state, data: data, rng: &rng)
            return
        }
        let crews = jobs.filter { data.instance.isCrewJob($0) }.sorted { (data.penalty[$1], $0) < (data.penalty[$0], $1) }
        let others = jobs.filter { !data.instance.isCrewJob($0) }
        let inserter = CrewInserter(data: data)
        // Crews first or last, at random: first they get the best places; last they fit
        // around the others (the only way when a member must finish a job first).
        let crewsFirst = rng.chance(0.5)
        if !crewsFirst { recreate.recreate(others, into: &state, data: data, rng: &rng) }
        for x in crews { inserter.insert(x, into: &state, rng: &rng) }
        if crewsFirst { recreate.recreate(others, into: &state, data: data, rng: &rng) }
    }

    /// Time for a master solve during the search. A run bounded by iterations
    /// bounds each master by its node count instead (reproducible), with the
    /// rest of the run's time only as a safety net.
    private func masterTimeLimit(_ budget: Int) -> Double {
        if budget == Int.max { return min(max(0.05 * options.timeLimit, 0.5), 10) }
        return max(0.05, options.timeLimit - elapsed)
    }

    /// Branch-and-bound nodes per master solve in a run bounded by iterations.
    static let masterNodeLimit = 3000

    /// Routing cost (distance and travel time) of a state, for the temperature scale.
    private func arcCost(_ state: SearchState) -> Double {
        var total = 0.0
        for route in state.routes where !route.isEmpty {
            let full = route.full(data)
            total += full.distance * data.costPerKm + full.travel * data.instance.vehicles[route.vehicle].costPerMinute
        }
        return total
    }

    /// Adds a state's routes to the pool.
    private func harvest(_ state: SearchState, into pool: inout RoutePool) {
        for route in state.routes where !route.isEmpty && route.cost.isFinite {
            pool.add(column(route))
        }
        if pool.count > pool.capacity + pool.capacity / 5 {
            pool.prune(keep: state.routes.filter { !$0.isEmpty }.map(column), duals: nil)
        }
    }

    private func column(_ route: SearchRoute) -> MasterColumn {
        var usage: [Int: Double] = [:]
        // A route that buys at a counter uses none of the depot's parts (its cost has them).
        for j in data.instance.depotView(route.jobs) {
            for (p, q) in data.jobParts[j] { usage[p, default: 0] += Double(q) }
        }
        if data.overtimeBudget.isFinite, route.overtime > 0 { usage[overtimeResource] = route.overtime }
        let vehicle = data.instance.vehicles[route.vehicle]
        if data.hasTools {
            for k in data.instance.tools.borrowed(technician: vehicle.technician, jobs: route.jobs) {
                usage[toolResource(k, day: vehicle.day)] = 1
            }
        }
        // Vans restocked every night have their allowance per technician-day.
        let group = data.supply.restocksDaily ? route.vehicle : vehicle.technician
        // A lead's copy covers its crew job's row too (the crew's other copies are linked to it).
        let jobs = data.instance.hasCrews
            ? route.jobs + route.jobs.filter { data.instance.isCrewLead($0) }.map { data.instance.crewParent[$0] }
            : route.jobs
        return MasterColumn(vehicle: route.vehicle, group: group, jobs: jobs, cost: route.cost,
                            usage: usage, period: vehicle.day)
    }

    /// The master column of referring job `j` by its option `k`: a vehicle per
    /// provider-day after the technician-days, taking up to the provider's daily limit.
    private func referralColumn(_ j: Int, option k: Int) -> MasterColumn {
        let option = data.instance.referralOptions[j][k]
        var usage: [Int: Double] = [:]
        if data.referralBudget.isFinite, option.price > 0 { usage[referralResource] = option.price }
        return MasterColumn(vehicle: data.instance.vehicles.count + option.providerDay,
                            group: (data.supply.restocksDaily ? data.instance.vehicles.count : data.instance.problem.technicians.count)
                                + option.providerDay,
                            jobs: [j], cost: option.cost, usage: usage, period: option.day)
    }

    private var overtimeResource: Int { data.partIDs.count }
    private var referralResource: Int { data.partIDs.count + (data.overtimeBudget.isFinite ? 1 : 0) }
    private var days: Int { data.instance.vehicles.map(\.day).max() ?? 0 }
    /// The resource of tool `k` on `day`: the depot's units, one per borrowing route.
    private func toolResource(_ k: Int, day: Int) -> Int {
        referralResource + (data.referralBudget.isFinite ? 1 : 0) + k * days + (day - 1)
    }

    /// The shared resources of the master: each part (van allowance per technician,
    /// depot stock shared, orders from suppliers by the day they arrive), then the
    /// overtime budget, then the referral budget, then each tool per day (the depot's units).
    private var resources: [SharedResource] {
        var list: [SharedResource] = []
        let supply = data.supply
        for (p, id) in supply.partIDs.enumerated() {
            var allowance: [Int: Double] = [:]
            if supply.restocksDaily {
                for v in data.instance.vehicles where supply.vanStock[v.technician][p] > 0 {
                    allowance[v.index] = Double(supply.vanStock[v.technician][p])
                }
            } else {
                for t in supply.vanStock.indices where supply.vanStock[t][p] > 0 { allowance[t] = Double(supply.vanStock[t][p]) }
            }
            let orders = supply.offers[p].map {
                Replenishment(name: data.instance.problem.suppliers[$0.supplier].id, period: $0.arrivalDay, unitCost: $0.unitCost)
            }
            list.append(SharedResource(name: "part \(id)", shared: Double(supply.depotStock[p]), allowance: allowance,
                                       replenishments: orders))
        }
        if data.overtimeBudget.isFinite {
            list.append(SharedResource(name: "overtime budget", shared: data.overtimeBudget, allowance: [:]))
        }
        if data.referralBudget.isFinite {
            list.append(SharedResource(name: "referral budget", shared: data.referralBudget, allowance: [:]))
        }
        if data.hasTools {
            let tools = data.instance.tools
            for (k, id) in tools.toolIDs.enumerated() {
                for day in 1...max(1, days) {
                    list.append(SharedResource(name: "tool \(id) day \(day)", shared: Double(tools.depot[k]), allowance: [:]))
                }
            }
        }
        return list
    }

    /// Referral columns for the master: every option of the jobs `best` leaves off the
    /// routes, then the cheapest options of routed jobs, cheapest first, up to a cap.
    private func referralColumns(best: SearchState) -> [MasterColumn] {
        guard data.hasReferrals else { return [] }
        let options = data.instance.referralOptions
        var columns: [MasterColumn] = []
        var routed: [(cost: Double, job: Int)] = []
        for j in options.indices where !options[j].isEmpty {
            if best.place[j] < 0 {
                for k in options[j].indices where options[j][k].cost < data.penalty[j] { columns.append(referralColumn(j, option: k)) }
            } else if options[j][0].cost < data.penalty[j] {
                routed.append((options[j][0].cost, j))
            }
        }
        routed.sort { ($0.cost, $0.job) < ($1.cost, $1.job) }
        for (_, j) in routed where columns.count < Self.maximumReferralColumns {
            for k in options[j].indices.prefix(3) where options[j][k].cost < data.penalty[j] {
                columns.append(referralColumn(j, option: k))
            }
        }
        return columns
    }

    /// Most referral columns in one master.
    static let maximumReferralColumns = 1500

    private var vehicleLimits: [Int] {
        guard data.hasReferrals else { return [] }
        return Array(repeating: 1, count: data.instance.vehicles.count) + data.instance.providerDayLimits
    }

    /// The copies of each crew start time, covered together or not at all.
    private var linkedJobs: [[Int]] {
        data.instance.crewVariants.flatMap { $0 }
    }

    private var masterVehicleCount: Int {
        data.instance.vehicles.count + (data.hasReferrals ? data.instance.providerDayLimits.count : 0)
    }

    /// Solves the set-partitioning master over a curated slice of the pool,
    /// warm-started with `best`; returns the recombined state.
    private func master(pool: RoutePool, best: SearchState, timeLimit: Double, stats: inout Statistics) -> SearchState? {
        let keep = best.routes.filter { !$0.isEmpty }.map(column)
        let referrals = referralColumns(best: best)
        let keptReferrals = best.referrals.map { referralColumn($0.job, option: $0.option) }
        let started = clock.now
        let deterministic = iterationBudget != Int.max
        // Curate: the LP relaxation over a wide slice of the pool prices every
        // column; the MIP gets the incumbent's routes and those of least reduced cost.
        let limit = 800
        var duals: MasterRelaxation?
        if pool.count > limit {
            let wide = pool.select(limit: 4 * limit, keep: keep, duals: nil)
            let lp = MasterProblem(jobCount: data.instance.jobCount, vehicleCount: masterVehicleCount,
                                   penalties: data.penalty, columns: wide + referrals, resources: resources,
                                   vehicleLimits: vehicleLimits, linkedJobs: linkedJobs)
            duals = try? SetPartitioningMaster(lp).solveRelaxation(timeLimit: deterministic ? timeLimit : max(0.1, timeLimit / 2))
        }
        let routeColumns = pool.select(limit: limit, keep: keep, duals: duals)
        guard routeColumns.count > keep.count || !referrals.isEmpty else { return nil }
        var columns = routeColumns + referrals
        let referralKeys = Set(referrals.map(\.key))
        columns += keptReferrals.filter { !referralKeys.contains($0.key) }
        let problem = MasterProblem(jobCount: data.instance.jobCount, vehicleCount: masterVehicleCount,
                                    penalties: data.penalty, columns: columns, resources: resources,
                                    vehicleLimits: vehicleLimits, linkedJobs: linkedJobs)
        let incumbent = (keep + keptReferrals).compactMap { k in columns.firstIndex { $0.key == k.key } }
        stats.masterSolves += 1
        stats.largestMaster = max(stats.largestMaster, columns.count)
        defer { stats.masterSeconds += (clock.now - started).seconds }
        let remaining = max(0.05, timeLimit - (clock.now - started).seconds)
        guard let solution = try? SetPartitioningMaster(problem).solve(incumbent: incumbent, timeLimit: remaining,
                                                                      relativeGap: options.relativeGap,
                                                                      nodeLimit: deterministic ? Self.masterNodeLimit : nil),
              solution.hasSolution else { return nil }
        var state = SearchState(data: data)
        let vehicleCount = data.instance.vehicles.count
        for index in solution.chosen where columns[index].vehicle < vehicleCount {
            let c = columns[index]
            state.setRoute(c.vehicle, data.instance.hasCrews ? c.jobs.filter { !data.instance.isCrewJob($0) } : c.jobs, data: data)
        }
        if data.instance.hasCrews, !state.crewsAreWhole(data: data) { return nil }
        for index in solution.chosen where columns[index].vehicle >= vehicleCount {
            let c = columns[index]
            guard let j = c.jobs.first,
                  let k = data.instance.referralOptions[j].firstIndex(where: {
                      vehicleCount + $0.providerDay == c.vehicle && abs($0.cost - c.cost) < 1e-9
                  }), state.isAvailable(j, option: k, data: data) else { continue }
            state.refer(j, option: k, data: data)
        }
        guard state.cost < best.cost - 1e-6 else { return nil }
        stats.masterImprovements += 1
        return state
    }
}

import Foundation
