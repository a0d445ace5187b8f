import ColumnGeneration
import FieldService
import Foundation

/// Lower bounds and proofs of optimality by column generation on a relaxation of the
/// planning problem that pricing can solve exactly.
///
/// The relaxation keeps job windows (all of them), service times, skills and every other
/// eligibility rule, shifts with their overtime allowance, van capacity, and every cost
/// of the objective (travel, labour, overtime, fixed cost, lateness, preferences, the
/// penalties of unplaced jobs). It drops what only makes plans more expensive or fewer:
/// lunch breaks, parts (van and depot stock, orders and their price), pinned visits and
/// the overtime budget; a job left off the routes costs the least of its penalty and its
/// cheapest referral, with the providers' daily limits and the referral budget dropped. Its
/// optimum is therefore a valid lower bound on the real optimum, and when the problem has
/// none of the dropped rules, or the relaxation's best plan happens to satisfy them, that
/// plan is the real optimum.
struct BoundSearch {
    /// The engine's tables: the instance, assignment costs and capacities are read from here.
    let data: EngineData
    var instance: Instance { data.instance }

    /// Biggest relaxation attempted: beyond this, labelling cannot finish in a run's time
    /// and the tables would be large, so the run says "no bound".
    static let maximumJobs = 400
    /// Most `classes x nodes²` entries of the pricing tables.
    static let maximumTableSize = 4_000_000

    /// Technician-days grouped into classes of identical vehicles.
    struct Relaxation {
        var network: PricingNetwork
        /// Vehicles (instance indices) of each class.
        var members: [[Int]]
        /// Class of each vehicle.
        var classOf: [Int]
        /// Whether the relaxation drops nothing that the problem has.
        var isExact: Bool
        /// Every plan cost is a multiple of this, when it is.
        var granularity: Double?
    }

    func relaxation() -> Relaxation? {
        let n = instance.jobCount
        guard n > 0, n <= Self.maximumJobs else { return nil }
        let problem = instance.problem
        let nodeCount = instance.duration.count
        var travel = [Double](repeating: 0, count: nodeCount * nodeCount)
        var distance = travel
        for a in 0..<nodeCount {
            for b in 0..<nodeCount {
                travel[a * nodeCount + b] = instance.duration[a][b]
                distance[a * nodeCount + b] = instance.distance[a][b]
            }
        }
        let customers = (0..<n).map { i in
            PricingNetwork.Customer(service: instance.jobs[i].duration, demand: instance.jobs[i].demand,
                                    windows: instance.windows[i].map { .init(start: $0.start, end: $0.end) },
                                    // A crew job is done by its copies: leaving it out costs nothing here,
                                    // so that the relaxation stays below every plan.
                                    penalty: instance.isCrewJob(i) ? 0 : data.outsideCost[i])
        }

        // Technicians who start from the same place have their own depot nodes; merge
        // nodes at the same place so that their days fall into one class.
        var canonical = Array(0..<nodeCount)
        for a in n..<nodeCount {
            for b in n..<a where canonical[b] == b {
                let same = (0..<nodeCount).allSatisfy {
                    travel[a * nodeCount + $0] == travel[b * nodeCount + $0] && travel[$0 * nodeCount + a] == travel[$0 * nodeCount + b]
                        && distance[a * nodeCount + $0] == distance[b * nodeCount + $0]
                        && distance[$0 * nodeCount + a] == distance[$0 * nodeCount + b]
                }
                if same, travel[a * nodeCount + b] == 0, distance[a * nodeCount + b] == 0 {
                    canonical[a] = b
                    break
                }
            }
        }

        struct ClassKey: Hashable {
            var day: Int, startNode: Int, endNode: Int
            var shiftStart: Double, shiftEnd: Double, latestReturn: Double, capacity: Double
            var costPerMinute: Double, overtime: Double, fixed: Double
            var eligible: [Bool], visitCost: [Double]
        }
        var keys: [ClassKey] = []
        var index: [ClassKey: Int] = [:]
        var members: [[Int]] = []
        var classOf: [Int] = []
        for v in instance.vehicles {
            let capacity = data.capacity[v.index]
            let eligible = (0..<n).map { instance.eligible[$0][v.index] }
            let visit = (0..<n).map { data.assignmentCost[$0][v.index] }
            let key = ClassKey(day: v.day, startNode: canonical[v.startNode], endNode: canonical[v.endNode], shiftStart: v.shiftStart,
                               shiftEnd: v.shiftEnd, latestReturn: v.latestReturn, capacity: capacity,
                               costPerMinute: v.costPerMinute, overtime: v.overtimeCostPerMinute, fixed: v.fixedCost,
                               eligible: eligible, visitCost: visit)
            if let k = index[key] {
                members[k].append(v.index)
                classOf.append(k)
            } else {
                index[key] = keys.count
                classOf.append(keys.count)
                keys.append(key)
                members.append([v.index])
            }
        }
        guard keys.count * (n + 1) * (n + 1) <= Self.maximumTableSize else { return nil }
        let classes = keys.enumerated().map { k, key in
            PricingNetwork.VehicleClass(
                count: members[k].count, startNode: key.startNode, endNode: key.endNode, shiftStart: key.shiftStart,
                shiftEnd: key.shiftEnd, latestReturn: key.latestReturn, capacity: key.capacity,
                costPerKm: problem.objective.costPerKm, costPerMinute: key.costPerMinute,
                overtimeCostPerMinute: key.overtime, fixedCost: key.fixed,
                eligible: key.eligible, visitCost: key.visitCost)
        }
        guard let network = try? PricingNetwork(customers: customers, classes: classes, nodeCount: nodeCount,
                                                travel: travel, distance: distance) else { return nil }
        let dropsSomething = instance.vehicles.contains { $0.needsBreakCheck }
            || problem.jobs.contains { $0.pinned != nil || !$0.parts.isEmpty }
            || problem.overtimeBudget != nil || data.hasReferrals || data.hasTools || instance.hasPickups
            || instance.hasCrews
        return Relaxation(network: network, members: members, classOf: classOf, isExact: !dropsSomething,
                          granularity: Self.granularity(network))
    }

    /// 0.1 when every cost is a whole number of tenths (distances truncated to one decimal,
    /// distance-only objective), else nil.
    static func granularity(_ network: PricingNetwork) -> Double? {
        func tenths(_ x: Double) -> Bool { abs(x * 10 - (x * 10).rounded()) < 1e-6 }
        for v in network.classes {
            guard v.costPerMinute == 0, v.overtimeCostPerMinute == 0, tenths(v.fixedCost), v.costPerKm == 1,
                  v.visitCost.allSatisfy(tenths) else { return nil }
        }
        guard network.customers.allSatisfy({ tenths($0.penalty) }), network.distance.allSatisfy(tenths) else { return nil }
        return 0.1
    }

    struct Outcome {
        var lowerBound: Double?
        /// A cheaper plan than the incumbent, as job sequences per vehicle.
        var improved: [[Int]]?
        var provenOptimal: Bool
        var nodes: Int
        var columns: Int
        var work: Int
    }

    /// Most routes of the search's pool that start the column generation.
    static let maximumPoolColumns = 4000

    /// Bounds (and with `prove`, branches on) the relaxation, starting from the plan
    /// `incumbent` (job sequence per vehicle) of cost `incumbentCost` and the routes
    /// `pool` (vehicle, job sequence) the search kept.
    func run(incumbent: [[Int]], pool: [(vehicle: Int, jobs: [Int])] = [], incumbentCost: Double,
             deadline: ContinuousClock.Instant, prove: Bool, nodeLimit: Int? = nil, workLimit: Int? = nil,
             stop: StopSignal? = nil) -> Outcome? {
        guard let relaxation = relaxation() else { return nil }
        let network = relaxation.network
        var initial: [Column] = []
        let routes = incumbent.enumerated().map { (vehicle: $0.offset, jobs: $0.element) }
            + pool.prefix(Self.maximumPoolColumns)
        for (v, jobs) in routes where !jobs.isEmpty && relaxation.classOf.indices.contains(v) {
            let k = relaxation.classOf[v]
            let evaluated = network.evaluate(jobs, vehicleClass: k)
            if evaluated.feasible { initial.append(Column(vehicleClass: k, sequence: jobs, cost: evaluated.cost)) }
        }
        var options = BoundOptions(deadline: deadline, prove: prove, costGranularity: relaxation.granularity)
        if let stop { options.shouldStop = { stop.isStopped } }
        options.nodeLimit = nodeLimit
        options.workLimit = workLimit
        // With dropped rules, the relaxation's plans may be infeasible: prune against an
        // upper bound only the real problem's incumbent justifies.
        guard let result = try? BranchAndPrice.solve(network: network, initial: initial,
                                                     incumbentCost: incumbentCost, options: options) else { return nil }
        var improved: [[Int]]?
        if let plan = result.improvedPlan {
            var sequences = Array(repeating: [Int](), count: instance.vehicles.count)
            var next = Array(repeating: 0, count: relaxation.members.count)
            for column in plan {
                let k = column.vehicleClass
                guard next[k] < relaxation.members[k].count else { return nil }
                sequences[relaxation.members[k][next[k]]] = column.sequence
                next[k] += 1
            }
            improved = sequences
        }
        // A proof about the relaxation is a proof about the problem only when the
        // relaxation is exact (or its best plan turns out feasible: checked by the caller).
        // Every cost of the model is non-negative, so 0 is always a bound; a Lagrangian
        // bound from far-from-converged duals can be below it.
        return Outcome(lowerBound: result.lowerBound.map { max(0, $0) }, improved: improved,
                       provenOptimal: result.isOptimal && relaxation.isExact,
                       nodes: result.nodes, columns: result.columns, work: result.work)
    }
}
