import Foundation

/// Options of a bound or proof run.
public struct BoundOptions: Sendable {
    /// When to stop; the bound proven by then is returned.
    public var deadline: ContinuousClock.Instant
    /// Branch until optimality is proven (otherwise only the root is solved).
    public var prove: Bool
    /// Customers per ng neighbourhood.
    public var ngSize: Int
    /// Every route cost is a multiple of this (e.g. 0.1 with distances truncated to one
    /// decimal), so a bound can be rounded up to it; `nil` when costs are arbitrary reals.
    public var costGranularity: Double?
    /// Polled between LPs; returning true ends the run like the deadline.
    public var shouldStop: (@Sendable () -> Bool)?
    /// Whether the root adds subset-row cuts (on three customers) before branching.
    public var subsetRowCuts = true
    /// Branch-and-bound nodes solved at most (`nil`: until the deadline). A run that ends
    /// by this limit, not by the deadline, is reproducible.
    public var nodeLimit: Int?
    /// Work at most, in units of about one label settled by pricing (an LP solve counts
    /// as 1,000 plus its columns); `nil`: until the deadline. A run that converges or ends by this limit
    /// before the deadline takes the same steps on any machine, so its bound is
    /// reproducible.
    public var workLimit: Int?

    public init(deadline: ContinuousClock.Instant, prove: Bool = false, ngSize: Int = 12, costGranularity: Double? = nil) {
        self.deadline = deadline
        self.prove = prove
        self.ngSize = ngSize
        self.costGranularity = costGranularity
    }
}

/// What a bound or proof run established.
public struct BoundResult: Sendable {
    /// A proven lower bound on the cost of every plan of the network, or nil when none
    /// could be proven in time.
    public var lowerBound: Double?
    /// The best plan found (routes with value 1), when it is cheaper than the incumbent given.
    public var improvedPlan: [Column]?
    /// Cost of the best plan known at the end (the incumbent's or the improved one's).
    public var upperBound: Double
    /// Whether the search proved `upperBound` optimal.
    public var isOptimal: Bool
    /// Branch-and-bound nodes solved.
    public var nodes: Int
    /// Columns generated.
    public var columns: Int
    /// Root LP value when column generation converged there.
    public var rootRelaxation: Double?
    /// Work spent, in the units of ``BoundOptions/workLimit``.
    public var work: Int = 0
}

/// Column generation on the set-partitioning master, with exact ng-route pricing, and
/// branch-and-price on arcs (Desrochers, Desrosiers & Solomon 1992).
///
/// Runs on the calling thread (GLPK problems are thread-bound).
public enum BranchAndPrice {
    /// One branching decision; a node keeps the list from the root instead of a filter
    /// of (customers + 1)² entries, which would make every open node as large as the graph.
    private enum Decision {
        case forbidArc(Int, Int)
        /// The arc is used: its tail has no other successor, its head no other predecessor.
        case forceArc(Int, Int)
        case requireService(Int)
        case excludeService(Int)
        case banClass(Int, customer: Int)
        /// Only this class may serve the customer.
        case onlyClass(Int, customer: Int)

        func apply(to filter: inout ArcFilter) {
            let depot = filter.size - 1
            switch self {
            case let .forbidArc(from, to):
                filter.forbid(from, to)
            case let .forceArc(from, to):
                if from < depot { for other in 0...depot where other != to { filter.forbid(from, other) } }
                if to < depot { for other in 0...depot where other != from { filter.forbid(other, to) } }
            case let .requireService(j):
                filter.requireService(j)
            case let .excludeService(j):
                filter.excludeService(j)
            case let .banClass(k, customer):
                filter.ban(vehicleClass: k, customer: customer)
            case let .onlyClass(k, customer):
                for other in 0..<filter.classCount where other != k { filter.ban(vehicleClass: other, customer: customer) }
            }
        }
    }

    private struct Node {
        var decisions: [Decision]
        var bound: Double
        var depth: Int
        var order: Int
    }

    /// Solves the LP relaxation of `network` by column generation and, with
    /// `options.prove`, branches until the incumbent is proven optimal or time runs out.
    ///
    /// - Parameters:
    ///   - initial: routes to start from (the heuristic's pool), each evaluated feasible.
    ///   - incumbent: the best plan known, as routes, and its cost (slacks for uncovered customers included).
    public static func solve(network original: PricingNetwork, initial: [Column], incumbentCost: Double,
                             options: BoundOptions) throws(ColumnGenerationError) -> BoundResult {
        // Every plan costs no less with its penalties capped at the incumbent's cost, so
        // the capped problem's bounds hold for the real one; and a plan that leaves a
        // customer at a capped penalty costs at least the incumbent, so it is never an
        // improvement. The cap keeps duals at the scale of route costs instead of
        // penalties (often millions), where labelling cannot prune.
        let network = try original.cappingPenalties(at: incumbentCost)
        let n = network.customerCount, k = network.classes.count
        let pricer = Pricer(network: network, ngSize: options.ngSize)
        let budget = WorkBudget(deadline: options.deadline, limit: options.workLimit, stop: options.shouldStop)
        let master = try RestrictedMaster(network: network)
        let rootFilter = ArcFilter(customerCount: n, classCount: k)
        try master.add(initial.filter { network.evaluate($0.sequence, vehicleClass: $0.vehicleClass).feasible }, filter: rootFilter)
        // One-customer routes keep the first duals near the real cost of serving each
        // customer instead of its (often huge) penalty: far fewer useless columns early on.
        var singles: [Column] = []
        for k in network.classes.indices where network.classes[k].count > 0 {
            for j in 0..<n where network.classes[k].eligible[j] {
                let evaluated = network.evaluate([j], vehicleClass: k)
                if evaluated.feasible { singles.append(Column(vehicleClass: k, sequence: [j], cost: evaluated.cost)) }
            }
        }
        try master.add(singles, filter: rootFilter)

        var upper = incumbentCost
        var improved: [Column]?
        let tolerance = 1e-6 * max(1, abs(incumbentCost))
        func rounded(_ bound: Double) -> Double {
            guard let g = options.costGranularity, g > 0 else { return bound }
            return (bound / g - 1e-6).rounded(.up) * g
        }
        func prunable(_ bound: Double) -> Bool { rounded(bound) >= upper - tolerance }
        /// A plan's cost with the real penalties of the customers it leaves out, from its
        /// cost under the capped ones.
        func realCost(_ capped: Double, unserved: some Sequence<Int>) -> Double {
            unserved.reduce(capped) { $0 + original.customers[$1].penalty - network.customers[$1].penalty }
        }

        var open: [Node] = [Node(decisions: [], bound: -.infinity, depth: 0, order: 0)]
        var nodes = 0
        var order = 0
        var rootRelaxation: Double?
        var rootBound: Double?
        var exhausted = false
        /// Nodes whose column generation could not finish; they keep their bound.
        var stuck: [Node] = []

        while !open.isEmpty {
            if budget.isExhausted { break }
            if let limit = options.nodeLimit, nodes >= limit { break }
            // Best bound first; ties to the deeper, then older node.
            let pick = open.indices.min { a, b in
                (open[a].bound, -open[a].depth, open[a].order) < (open[b].bound, -open[b].depth, open[b].order)
            } ?? 0
            let node = open.remove(at: pick)
            if prunable(node.bound) { continue }
            nodes += 1
            var filter = rootFilter
            for decision in node.decisions { decision.apply(to: &filter) }
            try master.apply(filter: filter)

            var outcome = try generateColumns(master: master, pricer: pricer, filter: filter,
                                              prunable: prunable, budget: budget)
            if nodes == 1 {
                if outcome.converged { rootRelaxation = outcome.solution?.objective }
                if options.subsetRowCuts {
                    outcome = try cutRounds(from: outcome, master: master, pricer: pricer, filter: filter,
                                            prunable: prunable, budget: budget)
                }
                rootBound = outcome.bound
            }
            if options.prove, nodes == 1 || nodes % Self.integerPlanInterval == 0 {
                // The columns so far as a MIP: often a better plan than the search's,
                // which prunes more of the tree.
                let left = (options.deadline - ContinuousClock.now) / .seconds(1)
                if let plan = try master.integerPlan(timeLimit: min(Self.integerPlanSeconds, 0.1 * left)) {
                    let served = Set(plan.routes.flatMap(\.sequence))
                    let cost = realCost(plan.cost, unserved: (0..<n).filter { !served.contains($0) })
                    if cost < upper - tolerance {
                        upper = cost
                        improved = plan.routes
                    }
                }
            }
            let nodeBound = max(node.bound, outcome.bound ?? -.infinity)
            guard outcome.converged, let lp = outcome.solution else {
                if outcome.infeasible { continue }
                // Out of time (or pruned by the Lagrangian bound) before convergence.
                if outcome.bound.map(prunable) == true { continue }
                let unresolved = Node(decisions: node.decisions, bound: nodeBound, depth: node.depth, order: node.order)
                if budget.isExhausted {
                    open.append(unresolved)
                    break
                }
                // Pricing could not finish here (too many labels): the node keeps its
                // parent's bound and the search goes on elsewhere.
                stuck.append(unresolved)
                continue
            }
            if prunable(lp.objective) { continue }
            // Integral?
            let fractional = lp.routeValues.enumerated().filter { $0.element > 1e-6 && $0.element < 1 - 1e-6 }
            let slackFractional = lp.slackValues.contains { $0 > 1e-6 && $0 < 1 - 1e-6 }
            if fractional.isEmpty && !slackFractional {
                let chosen = lp.routeValues.enumerated().filter { $0.element > 0.5 }.map { master.columns[$0.offset] }
                let cost = realCost(lp.objective, unserved: lp.slackValues.indices.filter { lp.slackValues[$0] > 0.5 })
                if cost < upper - tolerance, chosen.allSatisfy(\.isElementary) {
                    upper = cost
                    improved = chosen
                }
                continue
            }
            let settled = Node(decisions: node.decisions, bound: max(nodeBound, lp.objective),
                               depth: node.depth, order: node.order)
            if !options.prove {
                open.append(settled)
                break
            }
            order += 1
            let children = branch(lp: lp, master: master, node: node, filter: filter, bound: settled.bound, order: order, classCount: k)
            if children.isEmpty {
                // Nothing left to branch on (numerical noise): the node stays unresolved.
                open.append(settled)
                break
            }
            open.append(contentsOf: children)
        }
        if open.isEmpty && stuck.isEmpty { exhausted = true }
        open += stuck

        var lower: Double?
        if exhausted {
            lower = upper
        } else if nodes > 1 || open.allSatisfy({ $0.bound.isFinite }) {
            let openBound = open.map(\.bound).min() ?? upper
            lower = openBound.isFinite ? min(upper, rounded(openBound)) : nil
        } else {
            lower = rootBound.map { min(upper, rounded($0)) }
        }
        if let l = lower, !l.isFinite { lower = nil }
        return BoundResult(lowerBound: lower, improvedPlan: improved, upperBound: upper,
                           isOptimal: exhausted, nodes: nodes, columns: master.columns.count,
                           rootRelaxation: rootRelaxation, work: budget.used)
    }

    private struct Outcome {
        var solution: RestrictedMaster.LPSolution?
        /// Best proven bound of the node (Lagrangian, or the LP value at convergence).
        var bound: Double?
        var converged: Bool
        var infeasible: Bool
    }

    /// Subset-row cut rounds at the root: separate, re-price, until no cut is violated,
    /// the LP stops moving, or ``Pricer/maximumCuts`` are in. The bound before each round
    /// stays valid, so the result's bound is the best seen.
    private static func cutRounds(from start: Outcome, master: RestrictedMaster, pricer: Pricer, filter: ArcFilter,
                                  prunable: (Double) -> Bool, budget: WorkBudget) throws(ColumnGenerationError) -> Outcome {
        var outcome = start
        var bound = start.bound
        for _ in 0..<maximumCutRounds {
            guard outcome.converged, let lp = outcome.solution, !prunable(lp.objective),
                  master.cuts.count < Pricer.maximumCuts else { break }
            let cuts = SubsetRowCut.separate(columns: master.columns, values: lp.routeValues,
                                             customerCount: master.network.customerCount, existing: master.knownCuts,
                                             limit: min(cutsPerRound, Pricer.maximumCuts - master.cuts.count))
            if cuts.isEmpty { break }
            try master.add(cuts: cuts)
            let next = try generateColumns(master: master, pricer: pricer, filter: filter, prunable: prunable, budget: budget)
            if let b = next.bound { bound = max(bound ?? -.infinity, b) }
            outcome = next
            outcome.bound = bound
            guard next.converged, let after = next.solution else { break }
            // Tailing off: the cuts barely move the LP any more.
            if after.objective - lp.objective < 1e-4 * max(1, abs(lp.objective)) { break }
        }
        return outcome
    }

    /// With `prove`, the restricted master is solved as a MIP at the root and then every
    /// this many nodes, for at most this many seconds (and a tenth of the time left).
    static let integerPlanInterval = 100
    static let integerPlanSeconds = 5.0

    /// Cut rounds at the root at most, and cuts added per round.
    static let maximumCutRounds = 8
    static let cutsPerRound = 12

    private static func generateColumns(master: RestrictedMaster, pricer: Pricer, filter: ArcFilter,
                                        prunable: (Double) -> Bool, budget: WorkBudget) throws(ColumnGenerationError) -> Outcome {
        let network = master.network
        var bound: Double?
        lpLoop: while true {
            guard let lp = try master.solve() else {
                return Outcome(solution: nil, bound: .infinity, converged: false, infeasible: true)
            }
            budget.spend(WorkBudget.units(lpColumns: master.columns.count))
            if budget.isExhausted {
                return Outcome(solution: lp, bound: bound, converged: false, infeasible: false)
            }
            // Cheap pricing first; the exact labelling, with a small label budget and
            // then the full one, only when the cheaper steps find nothing new.
            var outcome: Outcome?
            stages: for effort in [PricingEffort.heuristic, .limitedExact, .exact] {
                var lagrangian = lp.objective
                var exact = true
                var new: [Column] = []
                for k in network.classes.indices {
                    let result = pricer.price(vehicleClass: k, duals: lp.duals, filter: filter, effort: effort, budget: budget)
                    new += result.columns
                    if !result.isExact { exact = false }
                    lagrangian += Double(network.classes[k].count) * result.minimumReducedCost
                }
                if exact {
                    // No route of negative reduced cost was missed: the bound holds.
                    bound = max(bound ?? -.infinity, lagrangian)
                    if new.isEmpty {
                        return Outcome(solution: lp, bound: max(lagrangian, lp.objective), converged: true, infeasible: false)
                    }
                    if let b = bound, prunable(b) {
                        return Outcome(solution: lp, bound: b, converged: false, infeasible: false)
                    }
                }
                if try master.add(new, filter: filter) > 0 { continue lpLoop }
                if exact {
                    // Only known columns came back (cannot happen with exact duals, but
                    // never loop forever on numerical noise).
                    outcome = Outcome(solution: lp, bound: bound, converged: true, infeasible: false)
                    break stages
                }
                if budget.isExhausted { break stages }
            }
            return outcome ?? Outcome(solution: lp, bound: bound, converged: false, infeasible: false)
        }
    }

    /// Children of a fractional node: on serving a customer (a fractional slack), then on
    /// the arc whose flow is closest to 1/2, then on which class serves a customer.
    /// (Branching on the number of routes first, as is common, leaves "fewer routes"
    /// nodes whose duals are huge and whose pricing rarely finishes: arcs do better here.)
    private static func branch(lp: RestrictedMaster.LPSolution, master: RestrictedMaster, node: Node, filter: ArcFilter,
                               bound: Double, order: Int, classCount: Int) -> [Node] {
        func children(_ first: Decision, _ second: Decision) -> [Node] {
            [Node(decisions: node.decisions + [first], bound: bound, depth: node.depth + 1, order: order * 2),
             Node(decisions: node.decisions + [second], bound: bound, depth: node.depth + 1, order: order * 2 + 1)]
        }
        let network = master.network
        let n = network.customerCount
        // Serve a customer or not, on the most fractional slack.
        var slackPick: Int?
        var slackScore = Double.infinity
        for (j, s) in lp.slackValues.enumerated() where s > 1e-6 && s < 1 - 1e-6 && !filter.requiresService(j) {
            let score = abs(s - 0.5)
            if score < slackScore - 1e-12 { slackScore = score; slackPick = j }
        }
        if let j = slackPick { return children(.requireService(j), .excludeService(j)) }
        var flow = [Double](repeating: 0, count: (n + 1) * (n + 1))
        for (r, value) in lp.routeValues.enumerated() where value > 1e-9 {
            var previous = n
            for c in master.columns[r].sequence {
                flow[previous * (n + 1) + c] += value
                previous = c
            }
            flow[previous * (n + 1) + n] += value
        }
        var bestArc: Int?
        var bestScore = Double.infinity
        for a in flow.indices where flow[a] > 1e-6 && flow[a] < 1 - 1e-6 {
            let from = a / (n + 1), to = a % (n + 1)
            if from == n && to == n { continue }
            let score = abs(flow[a] - 0.5)
            if score < bestScore - 1e-12 { bestScore = score; bestArc = a }
        }
        if let a = bestArc {
            let from = a / (n + 1), to = a % (n + 1)
            return children(.forbidArc(from, to), .forceArc(from, to))
        }
        // Arc flows integral, classes fractional: branch on (class, customer).
        var share = [Double](repeating: 0, count: classCount * n)
        for (r, value) in lp.routeValues.enumerated() where value > 1e-9 {
            let column = master.columns[r]
            for c in column.sequence { share[column.vehicleClass * n + c] += value }
        }
        if let a = share.indices.first(where: { share[$0] > 1e-6 && share[$0] < 1 - 1e-6 }) {
            return children(.banClass(a / n, customer: a % n), .onlyClass(a / n, customer: a % n))
        }
        return []
    }
}
