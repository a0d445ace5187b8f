/// A route of one vehicle class: a column of the master.
public struct Column: Sendable, Hashable {
    /// Vehicle class index in the network.
    public var vehicleClass: Int
    /// Customers in visiting order.
    public var sequence: [Int]
    /// Cost, evaluated by ``PricingNetwork/evaluate(_:vehicleClass:)``.
    public var cost: Double

    public init(vehicleClass: Int, sequence: [Int], cost: Double) {
        self.vehicleClass = vehicleClass
        self.sequence = sequence
        self.cost = cost
    }

    /// Whether no customer appears twice (ng-route pricing can return routes with cycles;
    /// they are valid LP columns but never part of an integer solution).
    public var isElementary: Bool { Set(sequence).count == sequence.count }
}

/// What a branch-and-price node allows: arcs over customers `0..<n` and the depot `n`
/// (any class's start or end), and which classes may serve which customers.
public struct ArcFilter: Sendable, Hashable {
    public let size: Int
    public let classCount: Int
    private var bits: [Bool]
    private var classBans: [Bool]
    private var mustServe: [Bool]

    /// Every arc allowed, for `customerCount` customers and `classCount` vehicle classes.
    public init(customerCount: Int, classCount: Int) {
        size = customerCount + 1
        self.classCount = classCount
        bits = Array(repeating: true, count: size * size)
        classBans = Array(repeating: false, count: classCount * customerCount)
        mustServe = Array(repeating: false, count: customerCount)
    }

    /// Whether the branch requires customer `j` to be served (its slack is priced out).
    public func requiresService(_ j: Int) -> Bool { mustServe[j] }

    public mutating func requireService(_ j: Int) { mustServe[j] = true }

    /// Forbids every arc into `j`: the branch leaves `j` unserved.
    public mutating func excludeService(_ j: Int) {
        for from in 0..<size where from != j { bits[from * size + j] = false }
    }

    @inline(__always)
    public func allowed(_ from: Int, _ to: Int) -> Bool { bits[from &* size &+ to] }

    @inline(__always)
    public func isBanned(vehicleClass k: Int, customer j: Int) -> Bool { classBans[k &* (size &- 1) &+ j] }

    public mutating func forbid(_ from: Int, _ to: Int) { bits[from * size + to] = false }

    public mutating func ban(vehicleClass k: Int, customer j: Int) { classBans[k * (size - 1) + j] = true }

    /// Whether a route of class `k` through `sequence` uses only allowed arcs and customers.
    public func admits(_ sequence: [Int], vehicleClass k: Int) -> Bool {
        var previous = size - 1
        for c in sequence {
            if !allowed(previous, c) || isBanned(vehicleClass: k, customer: c) { return false }
            previous = c
        }
        return allowed(previous, size - 1)
    }
}
