/// Why a job was left out of the plan. The raw values are stable codes.
public enum UnassignedReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// No technician has the skills at the required levels (or all such are excluded).
    case noQualifiedTechnician = "no_qualified_technician"
    /// No qualified technician works on a day the job may be done.
    case noAvailableShift = "no_available_shift"
    /// No qualified technician can reach the job inside its time windows within a shift.
    case noFeasibleTime = "no_feasible_time"
    /// The job fits alone, but not together with the more valuable jobs placed.
    case insufficientCapacity = "insufficient_capacity"
    /// The parts cannot be at the job within the horizon.
    case partsUnavailable = "parts_unavailable"
    /// The solver ran out of time before it could place the job.
    case timeLimit = "time_limit"
}

/// A job the plan does not place, with the reason.
public struct UnassignedJob: Sendable, Hashable, Codable {
    /// Job id.
    public var job: String
    /// The reason code.
    public var reason: UnassignedReason
    /// One sentence for the dispatcher.
    public var message: String

    public init(job: String, reason: UnassignedReason, message: String) {
        self.job = job
        self.reason = reason
        self.message = message
    }
}

/// A job handed to a partner provider.
public struct Referral: Sendable, Hashable, Codable {
    /// Job id.
    public var job: String
    /// Provider id.
    public var provider: String
    /// Day the provider does it.
    public var day: Int
    /// What the provider charges.
    public var cost: Double

    public init(job: String, provider: String, day: Int, cost: Double) {
        self.job = job
        self.provider = provider
        self.day = day
        self.cost = cost
    }
}

/// An order to a supplier that the plan depends on.
public struct PurchaseOrder: Sendable, Hashable, Codable {
    /// Supplier id.
    public var supplier: String
    /// Part id.
    public var part: String
    /// Units ordered.
    public var quantity: Int
    /// Day the order is placed (0 = today, before the horizon).
    public var orderDay: Int
    /// Day the parts are at the depot.
    public var arrivalDay: Int
    /// Jobs that need these parts.
    public var jobs: [String]
    /// Price of the order.
    public var cost: Double

    public init(supplier: String, part: String, quantity: Int, orderDay: Int, arrivalDay: Int, jobs: [String], cost: Double) {
        self.supplier = supplier
        self.part = part
        self.quantity = quantity
        self.orderDay = orderDay
        self.arrivalDay = arrivalDay
        self.jobs = jobs
        self.cost = cost
    }
}

/// A message the plan requires someone to send.
public struct Notification: Sendable, Hashable, Codable {
    /// Deterministic id: the same plan gives the same ids.
    public var id: String
    /// Kind, e.g. `appointment_confirmation`.
    public var kind: String
    /// Who receives it (customer, technician, supplier or provider id).
    public var recipient: String
    /// email, sms or phone.
    public var channel: String
    /// Subject line.
    public var subject: String
    /// Text.
    public var body: String

    public init(id: String, kind: String, recipient: String, channel: String, subject: String, body: String) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.channel = channel
        self.subject = subject
        self.body = body
    }
}
