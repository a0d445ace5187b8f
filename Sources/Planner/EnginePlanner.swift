import Foundation
import FieldService
import Schedule

/// The planner for real days: route search (regret insertion, local search,
/// adaptive ruin-and-recreate) with a GLPK set-partitioning master over the
/// pool of routes found. Any size; the time limit is honoured and the best
/// plan so far is returned when it runs out or the run is stopped.
public struct EnginePlanner: Sendable {
    public var options: PlanOptions

    public init(options: PlanOptions = PlanOptions()) {
        self.options = options
    }

    /// Plans a validated problem.
    public func plan(_ problem: Problem) -> Schedule {
        planWithStatistics(problem).0
    }

    /// Plans and reports what the search did.
    public func planWithStatistics(_ problem: Problem) -> (Schedule, SearchStatistics) {
        var stats = SearchStatistics()
        let schedule = plan(problem, statistics: &stats)
        return (schedule, stats)
    }

    private func plan(_ problem: Problem, statistics: inout SearchStatistics) -> Schedule {
        let clock = ContinuousClock()
        let began = clock.now
        let instance = Instance(problem: problem)
        let data = EngineData(instance: instance)
        let preparation = (clock.now - began).seconds
        var remaining = options
        let available = max(0, options.timeLimit - preparation)
        // Days too big for the bound give the search all the time.
        let bounded = instance.jobCount <= BoundSearch.maximumJobs
        let searchShare: Double = switch options.bound {
        case .none: 1
        case .lowerBound: bounded ? 0.6 : 1
        case .prove: bounded ? 0.3 : 1
        }
        remaining.timeLimit = available * searchShare
        if options.bound == .prove, bounded {
            // A proof needs a good plan, not the best the search could find in 30 %.
            remaining.timeLimit = min(remaining.timeLimit, 2 + 0.05 * Double(instance.jobCount))
        }
        if remaining.iterations == nil {
            // From the nominal time, not the time left after preparation: the budget
            // must depend on the options only.
            let nominal = options.bound == .prove && bounded
                ? min(options.timeLimit * searchShare, 2 + 0.05 * Double(instance.jobCount))
                : options.timeLimit * searchShare
            remaining.iterations = Self.defaultIterations(jobs: instance.jobCount, searchSeconds: nominal)
        }
        let (best, stats) = RouteSearch(data: data, options: remaining).run()
        // Time every route exactly (breaks, windows) for the schedule.
        var solution = PlanSolution(instance: instance)
        let timing = RouteTiming(instance: instance)
        for v in instance.vehicles {
            var jobs = best.routes[v.index].jobs
            while !jobs.isEmpty {
                if let route = timing.schedule(vehicle: v, jobs: jobs) {
                    solution.sequences[v.index] = jobs
                    solution.routes[v.index] = route
                    break
                }
                jobs.removeLast()
                jobs = instance.placingPickup(vehicle: v.index, jobs: jobs)
            }
        }
        // The exact timing may have dropped a crew member's visit: then the whole crew goes.
        solution.dropIncompleteCrews(instance)
        let routed = solution.placed
        for (j, k) in best.referrals where !routed.contains(j) {
            solution.referrals[j] = instance.referralOptions[j][k]
        }
        // Jobs the exact timing dropped may fit elsewhere or go to a partner.
        solution.polish(instance)
        statistics = SearchStatistics(iterations: stats.iterations, masterSolves: stats.masterSolves,
                                      masterImprovements: stats.masterImprovements, masterSeconds: stats.masterSeconds,
                                      largestMaster: stats.largestMaster, poolSize: stats.poolSize,
                                      preparationSeconds: preparation)
        var proof = ScheduleBuilder.Proof(lowerBound: instance.jobCount == 0 ? 0 : nil,
                                          provenOptimal: instance.jobCount == 0, stoppedByTimeLimit: false)
        if options.bound != .none, instance.jobCount > 0, options.stop?.isStopped != true {
            let costs = CostModel(instance: instance)
            let incumbentCost = costs.cost(of: solution)
            let deadline = began.advanced(by: .seconds(options.timeLimit))
            // An iteration budget asks for reproducible runs: bound the tree by nodes and
            // the column generation by work, so that the clock rarely decides.
            let reproducible = options.iterations != Int.max
            if let outcome = BoundSearch(data: data).run(
                incumbent: solution.sequences, pool: stats.pool.map { ($0.vehicle, $0.jobs) },
                incumbentCost: incumbentCost, deadline: deadline,
                prove: options.bound == .prove,
                nodeLimit: reproducible ? Self.proofNodeLimit : nil,
                workLimit: reproducible ? Self.boundWorkLimit(timeLimit: options.timeLimit, searchShare: searchShare) : nil,
                stop: options.stop) {
                statistics.boundNodes = outcome.nodes
                statistics.boundWork = outcome.work
                statistics.boundColumns = outcome.columns
                if let better = outcome.improved {
                    // The relaxation's plan, timed for real (breaks, parts are checked by the builder's rules).
                    var candidate = PlanSolution(instance: instance)
                    var feasible = true
                    for v in instance.vehicles where !better[v.index].isEmpty {
                        guard let route = timing.schedule(vehicle: v, jobs: better[v.index]) else {
                            feasible = false
                            break
                        }
                        candidate.sequences[v.index] = better[v.index]
                        candidate.routes[v.index] = route
                    }
                    candidate.polish(instance)
                    if feasible, candidate.fitsSharedLimits(instance),
                       costs.cost(of: candidate) < incumbentCost - 1e-9 {
                        solution = candidate
                    }
                }
                let total = costs.cost(of: solution)
                if let lower = outcome.lowerBound {
                    proof.lowerBound = lower
                    proof.provenOptimal = lower >= total - 1e-6 * max(1, abs(total))
                    options.progress?(PlanProgress(
                        elapsed: (clock.now - began).seconds, iterations: stats.iterations, bestCost: total,
                        unplaced: max(0, instance.realJobCount - solution.placed.filter { !instance.isPickup($0) }.count
                                      - solution.referrals.count),
                        poolSize: stats.poolSize, lowerBound: lower))
                }
            }
        }
        return ScheduleBuilder(instance: instance).build(solution, proof: proof, seconds: (clock.now - began).seconds)
    }

    /// Branch-and-price nodes of a `--prove` run with an iteration budget; the time
    /// limit stays a safety net.
    static let proofNodeLimit = 5000
}

/// What a search run did.
public struct SearchStatistics: Sendable, Hashable {
    /// Ruin-and-recreate iterations.
    public var iterations = 0
    /// Master MIP solves, and how many improved the best plan.
    public var masterSolves = 0
    public var masterImprovements = 0
    /// Seconds spent in master solves.
    public var masterSeconds = 0.0
    /// Most columns in one master.
    public var largestMaster = 0
    /// Routes in the pool at the end.
    public var poolSize = 0
    /// Seconds spent preparing travel tables and eligibility.
    public var preparationSeconds = 0.0
    /// Branch-and-price nodes solved and columns generated for the bound.
    public var boundNodes = 0
    /// Work the bound spent (labels settled, LPs solved; see `BoundOptions.workLimit`).
    public var boundWork = 0
    public var boundColumns = 0

    public init(iterations: Int = 0, masterSolves: Int = 0, masterImprovements: Int = 0, masterSeconds: Double = 0,
                largestMaster: Int = 0, poolSize: Int = 0, preparationSeconds: Double = 0) {
        self.iterations = iterations
        self.masterSolves = masterSolves
        self.masterImprovements = masterImprovements
        self.masterSeconds = masterSeconds
        self.largestMaster = largestMaster
        self.poolSize = poolSize
        self.preparationSeconds = preparationSeconds
    }
}

extension EnginePlanner {
    /// The search's iteration budget when the options leave it open: enough for the
    /// search to settle on days of a few hundred jobs (2,000 + 250 per job), but no more
    /// than `searchSeconds` allow at a cautious rate.
    ///
    /// One iteration, master solves included, takes about 200 µs at 60-160 jobs and
    /// 500-600 µs at 500 on a 2-core machine; the budget assumes 1.5 x (125 µs + 1.2 µs
    /// per job), so that a default run ends by its budget, reproducibly, even with both
    /// cores busy (what-if runs) or on a slower machine.
    static func defaultIterations(jobs: Int, searchSeconds: Double) -> Int {
        let sized = 2_000 + 250 * jobs
        let perIteration = 1.5 * (125e-6 + 1.2e-6 * Double(jobs))
        let affordable = max(0, searchSeconds) / perIteration
        return affordable.isFinite ? min(sized, Int(min(affordable, Double(sized)))) : sized
    }

    /// Bound work units per second of the bound's share of the time limit: below what
    /// the column generation does per second on a slow day (about 140,000 on a 2-core
    /// machine when LPs dominate, 300,000-450,000 when pricing does), so that a run with an
    /// iteration budget ends its bound by work, reproducibly, not by the clock.
    static let boundWorkPerSecond = 120_000.0

    /// Bound work of a run with an iteration budget (see `BoundOptions.workLimit`): the
    /// bound's share of the time limit in work units. It depends only on the options, so
    /// the same input, options and seed give the same bound.
    static func boundWorkLimit(timeLimit: Double, searchShare: Double) -> Int {
        let units = max(0, timeLimit * (1 - searchShare)) * boundWorkPerSecond
        return units.isFinite ? Int(min(units, 1e15)) : Int(1e15)
    }
}
