/// The routing problem that column generation prices routes on: customers with service
/// times, demands and time windows, and classes of identical vehicles with their own
/// depots, shift, capacity, costs and eligible customers.
///
/// Nodes `0..<customerCount` are the customers; further nodes are depot locations that
/// vehicle classes start and end at. `travel` and `distance` are square matrices over
/// all nodes, stored row by row.
///
/// The cost of a route of class `k` visiting `c1 ... cm` is
/// `fixedCost + Σ arcs (costPerKm · distance + costPerMinute · travel)`
/// `+ Σ customers (costPerMinute · service + visitCost[c])`
/// `+ overtimeCostPerMinute · max(0, return − shiftEnd)`, where the return time is the
/// earliest arrival back at the end depot when every service starts as early as its
/// windows allow (waiting is free).
public struct PricingNetwork: Sendable {
    /// A customer (a job).
    public struct Customer: Sendable, Hashable {
        /// Minutes of service.
        public var service: Double
        /// Load it takes in the vehicle.
        public var demand: Double
        /// Windows for the start of service, sorted, disjoint; at least one.
        public var windows: [Window]
        /// Cost of leaving it unserved.
        public var penalty: Double

        public init(service: Double, demand: Double = 0, windows: [Window], penalty: Double) {
            self.service = service
            self.demand = demand
            self.windows = windows.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            self.penalty = penalty
        }
    }

    /// A closed interval for the start of service.
    public struct Window: Sendable, Hashable {
        public var start: Double
        public var end: Double
        public init(start: Double, end: Double) {
            self.start = start
            self.end = end
        }
    }

    /// Identical vehicles (technician-days) that share every attribute.
    public struct VehicleClass: Sendable, Hashable {
        /// How many vehicles the class has (routes of the class in one plan, at most).
        public var count: Int
        /// Start and end depot nodes.
        public var startNode: Int
        public var endNode: Int
        /// Earliest departure.
        public var shiftStart: Double
        /// Overtime starts after this.
        public var shiftEnd: Double
        /// Latest return to the end depot (shift end plus allowed overtime).
        public var latestReturn: Double
        /// Most load per route (`.infinity` = no limit).
        public var capacity: Double
        public var costPerKm: Double
        /// Labour cost per minute of travel and service.
        public var costPerMinute: Double
        public var overtimeCostPerMinute: Double
        /// Charged once per route.
        public var fixedCost: Double
        /// Customers the class may serve.
        public var eligible: [Bool]
        /// Extra cost of serving each customer with this class (lateness, preferences).
        public var visitCost: [Double]

        public init(count: Int, startNode: Int, endNode: Int, shiftStart: Double, shiftEnd: Double,
                    latestReturn: Double, capacity: Double = .infinity, costPerKm: Double = 1,
                    costPerMinute: Double = 0, overtimeCostPerMinute: Double = 0, fixedCost: Double = 0,
                    eligible: [Bool], visitCost: [Double]) {
            self.count = count
            self.startNode = startNode
            self.endNode = endNode
            self.shiftStart = shiftStart
            self.shiftEnd = shiftEnd
            self.latestReturn = latestReturn
            self.capacity = capacity
            self.costPerKm = costPerKm
            self.costPerMinute = costPerMinute
            self.overtimeCostPerMinute = overtimeCostPerMinute
            self.fixedCost = fixedCost
            self.eligible = eligible
            self.visitCost = visitCost
        }
    }

    public let customers: [Customer]
    public let classes: [VehicleClass]
    /// Number of nodes (customers and depots).
    public let nodeCount: Int
    /// Minutes, `travel[a * nodeCount + b]`.
    public let travel: [Double]
    /// Distance, `distance[a * nodeCount + b]`.
    public let distance: [Double]

    public var customerCount: Int { customers.count }

    /// - Throws: ``ColumnGenerationError/invalidNetwork(_:)`` when a size, node index,
    ///   window or number is out of range.
    public init(customers: [Customer], classes: [VehicleClass], nodeCount: Int,
                travel: [Double], distance: [Double]) throws(ColumnGenerationError) {
        let n = customers.count
        guard nodeCount >= n, travel.count == nodeCount * nodeCount, distance.count == nodeCount * nodeCount else {
            throw .invalidNetwork("matrices must be \(nodeCount) x \(nodeCount) over \(n) customers and the depots")
        }
        guard travel.allSatisfy({ $0.isFinite && $0 >= 0 }), distance.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .invalidNetwork("travel times and distances must be finite and non-negative")
        }
        for (i, c) in customers.enumerated() {
            guard c.service.isFinite, c.service >= 0, c.demand.isFinite, c.demand >= 0, c.penalty.isFinite,
                  !c.windows.isEmpty, c.windows.allSatisfy({ $0.start.isFinite && $0.end.isFinite && $0.start <= $0.end }) else {
                throw .invalidNetwork("customer \(i): service, demand, penalty and windows must be finite, with a window")
            }
        }
        for (k, v) in classes.enumerated() {
            guard v.count >= 0, (0..<nodeCount).contains(v.startNode), (0..<nodeCount).contains(v.endNode),
                  v.eligible.count == n, v.visitCost.count == n, v.visitCost.allSatisfy(\.isFinite),
                  v.shiftStart.isFinite, v.shiftEnd.isFinite, v.latestReturn.isFinite,
                  v.costPerKm.isFinite, v.costPerMinute.isFinite, v.overtimeCostPerMinute.isFinite,
                  v.overtimeCostPerMinute >= 0, v.fixedCost.isFinite, !v.capacity.isNaN, v.capacity >= 0 else {
                throw .invalidNetwork("vehicle class \(k): depots, sizes or numbers out of range")
            }
        }
        self.customers = customers
        self.classes = classes
        self.nodeCount = nodeCount
        self.travel = travel
        self.distance = distance
    }

    /// The same network with every customer's penalty at most `cap` (unchanged when `cap`
    /// is not a positive finite number).
    func cappingPenalties(at cap: Double) throws(ColumnGenerationError) -> PricingNetwork {
        guard cap.isFinite, cap > 0, customers.contains(where: { $0.penalty > cap }) else { return self }
        let capped = customers.map { customer in
            var c = customer
            c.penalty = min(c.penalty, cap)
            return c
        }
        return try PricingNetwork(customers: capped, classes: classes, nodeCount: nodeCount, travel: travel, distance: distance)
    }

    @inline(__always) func travel(_ a: Int, _ b: Int) -> Double { travel[a &* nodeCount &+ b] }
    @inline(__always) func distance(_ a: Int, _ b: Int) -> Double { distance[a &* nodeCount &+ b] }

    /// Earliest service start at `customer` for an arrival at `time`, or nil when every
    /// window has closed.
    @inline(__always)
    func serviceStart(_ customer: Int, arrival time: Double) -> Double? {
        for w in customers[customer].windows where time <= w.end + 1e-9 {
            return max(time, w.start)
        }
        return nil
    }

    /// Cost of the route `sequence` on class `k` and whether it is feasible (windows,
    /// capacity, return time, eligibility). The reference evaluation used to cost every
    /// column the pricing returns.
    public func evaluate(_ sequence: [Int], vehicleClass k: Int) -> (cost: Double, feasible: Bool) {
        let v = classes[k]
        guard !sequence.isEmpty else { return (0, true) }
        var feasible = true
        var cost = v.fixedCost
        var time = v.shiftStart
        var load = 0.0
        var at = v.startNode
        var service = 0.0
        for c in sequence {
            guard (0..<customerCount).contains(c) else { return (.infinity, false) }
            if !v.eligible[c] { feasible = false }
            cost += v.costPerKm * distance(at, c) + v.costPerMinute * (travel(at, c) + customers[c].service) + v.visitCost[c]
            let arrival = time + service + travel(at, c)
            if let start = serviceStart(c, arrival: arrival) {
                time = start
            } else {
                feasible = false
                time = arrival
            }
            service = customers[c].service
            load += customers[c].demand
            at = c
        }
        cost += v.costPerKm * distance(at, v.endNode) + v.costPerMinute * travel(at, v.endNode)
        let back = time + service + travel(at, v.endNode)
        if back > v.latestReturn + 1e-9 { feasible = false }
        if load > v.capacity + 1e-9 { feasible = false }
        cost += v.overtimeCostPerMinute * max(0, back - v.shiftEnd)
        return (cost, feasible)
    }
}

/// Errors of column generation.
public enum ColumnGenerationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The network given is inconsistent.
    case invalidNetwork(String)
    /// GLPK failed on a restricted master LP.
    case lpFailed(String)

    public var description: String {
        switch self {
        case let .invalidNetwork(text): "invalid pricing network: \(text)"
        case let .lpFailed(text): "master LP failed: \(text)"
        }
    }
}
