import Foundation

/// Duals of the restricted master that pricing needs.
public struct PricingDuals: Sendable {
    /// Dual of each customer's covering row.
    public var customer: [Double]
    /// Dual of each class's "at most `count` routes" row (<= 0).
    public var vehicleClass: [Double]
    /// Subset-row cuts with a non-zero dual (at most ``Pricer/maximumCuts``).
    public var subsetRows: [SubsetRowDual]

    public init(customer: [Double], vehicleClass: [Double], subsetRows: [SubsetRowDual] = []) {
        self.customer = customer
        self.vehicleClass = vehicleClass
        self.subsetRows = subsetRows
    }
}

/// How hard one pricing call tries.
public struct PricingEffort: Sendable, Hashable {
    /// Successors kept per node, the cheapest by reduced cost (`nil` = all: exact).
    public var successorLimit: Int?
    /// Whether dominance compares the ng memory (exact) or ignores it (heuristic).
    public var ngDominance: Bool
    /// Labels created at most before the call gives up (it is then not exact).
    public var labelLimit: Int
    /// Columns returned at most.
    public var columnLimit: Int

    public init(successorLimit: Int?, ngDominance: Bool, labelLimit: Int, columnLimit: Int) {
        self.successorLimit = successorLimit
        self.ngDominance = ngDominance
        self.labelLimit = labelLimit
        self.columnLimit = columnLimit
    }

    /// Exact pricing: every arc, full dominance.
    public static let exact = PricingEffort(successorLimit: nil, ngDominance: true, labelLimit: 6_000_000, columnLimit: 60)
    /// Exact pricing on a small label budget: often enough to find columns, and exact
    /// when it finishes within the budget.
    public static let limitedExact = PricingEffort(successorLimit: nil, ngDominance: true, labelLimit: 250_000, columnLimit: 60)
    /// Fast heuristic pricing on a sparse graph.
    public static let heuristic = PricingEffort(successorLimit: 6, ngDominance: false, labelLimit: 400_000, columnLimit: 40)
}

/// Result of pricing one vehicle class.
public struct PricingResult: Sendable {
    /// Columns with negative reduced cost, most negative first.
    public var columns: [Column]
    /// The least reduced cost of any route of the class (0 stands for the empty route);
    /// a proven value only when `isExact`.
    public var minimumReducedCost: Double
    /// Whether the search was complete (every ng-route considered), so that
    /// `minimumReducedCost` is a valid bound.
    public var isExact: Bool
}

/// Prices routes for a ``PricingNetwork`` with a forward labelling algorithm for the
/// shortest path with resource constraints (time, load) under the ng-route relaxation
/// (Baldacci, Mingozzi & Roberti 2011): a route may not return to a customer that is still
/// in its memory, and the memory only keeps customers in the current node's ng
/// neighbourhood. Every elementary route is an ng-route, so the least reduced cost over
/// ng-routes is a lower bound on the least over elementary routes.
public final class Pricer {
    public let network: PricingNetwork
    /// ng neighbourhood of each customer (itself first), at most 32.
    let ngSets: [[Int]]
    /// `ngPosition[j * n + m]`: position of customer m in N_j, or -1.
    let ngPosition: [Int8]
    /// Per class: feasible successors of each customer, and of the start depot (index n).
    let successors: [[[Int32]]]

    /// Subset-row cuts pricing can account for (one bit of label state each).
    public static let maximumCuts = 64

    /// - Parameter ngSize: customers per ng neighbourhood (including the customer itself), 1-32.
    public init(network: PricingNetwork, ngSize: Int = 12) {
        self.network = network
        let n = network.customerCount
        let size = max(1, min(32, ngSize, max(n, 1)))
        var sets: [[Int]] = []
        var position = [Int8](repeating: -1, count: n * n)
        for i in 0..<n {
            let others = (0..<n).filter { $0 != i }.sorted {
                let a = network.distance($0, i) + network.distance(i, $0)
                let b = network.distance($1, i) + network.distance(i, $1)
                return (a, $0) < (b, $1)
            }
            let set = [i] + others.prefix(size - 1)
            sets.append(set)
            for (p, m) in set.enumerated() { position[i * n + m] = Int8(p) }
        }
        ngSets = sets
        ngPosition = position
        successors = network.classes.map { v in
            var lists: [[Int32]] = []
            for i in 0...n {
                var list: [Int32] = []
                if i == n || v.eligible[i] {
                    for j in 0..<n where j != i && v.eligible[j] {
                        if Pricer.arcCanBeFeasible(network, v, from: i, to: j) { list.append(Int32(j)) }
                    }
                }
                lists.append(list)
            }
            return lists
        }
    }

    /// Whether some timing lets a route of class `v` go from `i` (n = start depot) to `j`.
    private static func arcCanBeFeasible(_ network: PricingNetwork, _ v: PricingNetwork.VehicleClass, from i: Int, to j: Int) -> Bool {
        let n = network.customerCount
        let fromNode = i == n ? v.startNode : i
        let earliestLeave: Double
        if i == n {
            earliestLeave = v.shiftStart
        } else {
            let ci = network.customers[i]
            guard let start = network.serviceStart(i, arrival: v.shiftStart + network.travel(v.startNode, i)) else { return false }
            earliestLeave = start + ci.service
        }
        let arrival = earliestLeave + network.travel(fromNode, j)
        guard let start = network.serviceStart(j, arrival: arrival) else { return false }
        let back = start + network.customers[j].service + network.travel(j, v.endNode)
        return back <= v.latestReturn + 1e-9 && network.customers[j].demand <= v.capacity + 1e-9
    }

    // Label storage, reused between calls.
    private var labelNode: [Int32] = []
    private var labelParent: [Int32] = []
    private var labelCost: [Double] = []
    private var labelTime: [Double] = []
    private var labelLoad: [Double] = []
    private var labelMask: [UInt32] = []
    /// Per label, which subset-row cuts it has visited an odd number of times.
    private var labelCuts: [UInt64] = []
    /// Per customer, the labels extended there.
    private var fronts: [ParetoLabels] = []
    private var heap = MinHeap()

    /// Prices class `k`: routes with negative reduced cost under `duals`, using only arcs
    /// `filter` allows.
    public func price(vehicleClass k: Int, duals: PricingDuals, filter: ArcFilter, effort: PricingEffort,
                      deadline: ContinuousClock.Instant? = nil) -> PricingResult {
        price(vehicleClass: k, duals: duals, filter: filter, effort: effort,
              budget: deadline.map { WorkBudget(deadline: $0, limit: nil, stop: nil) })
    }

    /// Prices class `k`, spending from `budget` and stopping (inexact) when it runs out.
    func price(vehicleClass k: Int, duals: PricingDuals, filter: ArcFilter, effort: PricingEffort,
               budget: WorkBudget?) -> PricingResult {
        let net = network
        let n = net.customerCount
        let v = net.classes[k]
        let classDual = duals.vehicleClass[k]
        guard v.count > 0 else { return PricingResult(columns: [], minimumReducedCost: 0, isExact: true) }

        labelNode.removeAll(keepingCapacity: true)
        labelParent.removeAll(keepingCapacity: true)
        labelCost.removeAll(keepingCapacity: true)
        labelTime.removeAll(keepingCapacity: true)
        labelLoad.removeAll(keepingCapacity: true)
        labelMask.removeAll(keepingCapacity: true)
        labelCuts.removeAll(keepingCapacity: true)
        if fronts.count != n { fronts = Array(repeating: ParetoLabels(), count: n) }
        for i in 0..<n { fronts[i].removeAll() }
        heap.removeAll()

        // Successor lists for this call: allowed arcs, optionally the cheapest few.
        var succ: [[Int32]] = successors[k]
        func reducedArc(_ i: Int, _ j: Int) -> Double {
            let from = i == n ? v.startNode : i
            return v.costPerKm * net.distance(from, j) + v.costPerMinute * (net.travel(from, j) + net.customers[j].service)
                + v.visitCost[j] - duals.customer[j]
        }
        for i in 0...n {
            var list = succ[i].filter { filter.allowed(i, Int($0)) && !filter.isBanned(vehicleClass: k, customer: Int($0)) }
            if let limit = effort.successorLimit, list.count > limit {
                list.sort { (reducedArc(i, Int($0)), $0) < (reducedArc(i, Int($1)), $1) }
                list.removeLast(list.count - limit)
            }
            succ[i] = list
        }

        var exact = effort.successorLimit == nil && effort.ngDominance
        var best: [(Double, Int32)] = []
        var minimum = 0.0
        let startCost = v.fixedCost - classDual

        // Subset-row cuts: a route pays -dual for every second visit to a cut's customers.
        let cuts = duals.subsetRows.prefix(Self.maximumCuts)
        let penalty = cuts.map { -$0.dual }
        var cutsOf = [UInt64](repeating: 0, count: n)
        for (c, row) in cuts.enumerated() {
            for j in row.cut.customers where j < n { cutsOf[j] |= 1 << UInt64(c) }
        }

        // Completion bounds: a label whose cost plus the least cost of any completion is
        // not negative cannot lead to a column, nor lower the minimum below 0.
        let completion = CompletionBounds(network: net, vehicleClass: k, ngPosition: ngPosition, successors: succ,
                                          filter: filter, reducedArc: reducedArc)

        @inline(__always)
        func closeCost(_ label: Int) -> (Double, Bool) {
            let node = Int(labelNode[label])
            let end = labelTime[label] + net.customers[node].service + net.travel(node, v.endNode)
            guard end <= v.latestReturn + 1e-9, filter.allowed(node, n) else { return (.infinity, false) }
            let cost = labelCost[label] + v.costPerKm * net.distance(node, v.endNode)
                + v.costPerMinute * net.travel(node, v.endNode) + v.overtimeCostPerMinute * max(0, end - v.shiftEnd)
            return (cost, true)
        }

        /// Adds a label at customer j unless its completions cannot pay or a label extended
        /// there dominates it.
        func addLabel(node j: Int, parent: Int32, cost: Double, time: Double, load: Double, mask: UInt32, cutState: UInt64) {
            if let completion, cost + completion.bound(j, time) >= 0 { return }
            if fronts[j].dominates(cost: cost, load: load, mask: mask, cuts: cutState, penalty: penalty,
                                   compareMemory: effort.ngDominance) { return }
            let index = Int32(labelNode.count)
            labelNode.append(Int32(j))
            labelParent.append(parent)
            labelCost.append(cost)
            labelTime.append(time)
            labelLoad.append(load)
            labelMask.append(mask)
            labelCuts.append(cutState)
            heap.push(time, index)
        }

        for j32 in succ[n] {
            let j = Int(j32)
            guard let start = net.serviceStart(j, arrival: v.shiftStart + net.travel(v.startNode, j)) else { continue }
            addLabel(node: j, parent: -1, cost: startCost + reducedArc(n, j), time: start,
                     load: net.customers[j].demand, mask: 1, cutState: cutsOf[j])
        }

        var processed = 0
        // Labels settled since the last whole block, and the call's own set-up (successor
        // lists and completion bounds, about n per customer).
        defer { budget?.spend(processed & 1023 + n) }
        while let index32 = heap.pop() {
            let index = Int(index32)
            let i = Int(labelNode[index])
            let time = labelTime[index], load = labelLoad[index], cost = labelCost[index], mask = labelMask[index]
            let cutState = labelCuts[index]
            // Labels extended here since this one was made may dominate it now.
            if fronts[i].dominates(cost: cost, load: load, mask: mask, cuts: cutState, penalty: penalty,
                                   compareMemory: effort.ngDominance) { continue }
            fronts[i].insert(cost: cost, load: load, mask: mask, cuts: cutState)
            processed += 1
            if processed & 1023 == 0, let budget {
                budget.spend(1024)
                if budget.isExhausted {
                    exact = false
                    break
                }
            }
            if labelNode.count > effort.labelLimit {
                exact = false
                break
            }
            let (close, ok) = closeCost(index)
            if ok {
                if close < minimum { minimum = close }
                if close < -1e-7 { best.append((close, index32)) }
            }
            let leave = time + net.customers[i].service
            for j32 in succ[i] {
                let j = Int(j32)
                // ng memory: is j remembered at i?
                let pj = ngPosition[i &* n &+ j]
                if pj >= 0, mask & (1 << UInt32(pj)) != 0 { continue }
                let newLoad = load + net.customers[j].demand
                if newLoad > v.capacity + 1e-9 { continue }
                guard let start = net.serviceStart(j, arrival: leave + net.travel(i, j)) else { continue }
                if start + net.customers[j].service + net.travel(j, v.endNode) > v.latestReturn + 1e-9 { continue }
                // Memory at j: (memory ∩ N_j) ∪ {j}.
                var newMask: UInt32 = 1
                var bits = mask
                let setI = ngSets[i]
                while bits != 0 {
                    let b = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let m = setI[b]
                    let p = ngPosition[j &* n &+ m]
                    if p >= 0 { newMask |= 1 << UInt32(p) }
                }
                let hits = cutState & cutsOf[j]
                addLabel(node: j, parent: index32, cost: cost + reducedArc(i, j) + (hits == 0 ? 0 : ParetoLabels.penalty(of: hits, penalty)),
                         time: start, load: newLoad, mask: newMask, cutState: cutState ^ cutsOf[j])
            }
        }

        // The most negative distinct routes.
        best.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var columns: [Column] = []
        var seen = Set<[Int]>()
        for (_, label) in best {
            if columns.count >= effort.columnLimit { break }
            var sequence: [Int] = []
            var at = label
            while at >= 0 {
                sequence.append(Int(labelNode[Int(at)]))
                at = labelParent[Int(at)]
            }
            sequence.reverse()
            guard seen.insert(sequence).inserted else { continue }
            let evaluated = net.evaluate(sequence, vehicleClass: k)
            columns.append(Column(vehicleClass: k, sequence: sequence, cost: evaluated.cost))
        }
        return PricingResult(columns: columns, minimumReducedCost: min(0, minimum), isExact: exact)
    }
}
