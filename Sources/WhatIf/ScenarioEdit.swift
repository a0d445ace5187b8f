import FieldService

/// One change a what-if scenario makes to its base problem. In a scenario file each
/// edit is an object whose `edit` field names the kind (the case's code below).
public enum ScenarioEdit: Sendable, Hashable {
    /// `technician_absent`: the technician does not work on `days` (all days when nil).
    /// Confirmed (pinned) visits on those days lose their pin and are planned anew.
    case technicianAbsent(technician: String, days: [Int]?)
    /// `technician_hours`: the technician's shift on `day` runs from `start` to `end`
    /// (clock times; a day without a shift gets one).
    case technicianHours(technician: String, day: Int, start: Minutes, end: Minutes)
    /// `technician_added`: a technician in the input format joins.
    case technicianAdded(Technician)
    /// `job_added`: a job in the input format comes in.
    case jobAdded(Job)
    /// `job_cancelled`: the customer cancels the job.
    case jobCancelled(job: String)
    /// `job_urgency`: the job's urgency changes (e.g. taken as an emergency).
    case jobUrgency(job: String, urgency: Urgency)
    /// `job_window`: the customer's hours change (an empty list: any time).
    case jobWindows(job: String, timeWindows: [TimeWindow])
    /// `job_duration`: the job takes `minutes`, or `factor` times as long.
    case jobDuration(job: String, minutes: Minutes?, factor: Double?)
    /// `part_stock`: the depot (or, with `technician`, that van) holds `quantity` of the part.
    case partStock(part: String, technician: String?, quantity: Int)
    /// `supplier_delay`: the supplier delivers `days` later than its lead time says.
    case supplierDelay(supplier: String, days: Int)
    /// `travel_slowdown`: every drive takes `factor` times as long (weather, traffic).
    case travelSlowdown(factor: Double)
    /// `provider_unavailable`: the partner takes no jobs.
    case providerUnavailable(provider: String)
    /// `objective`: prices of the objective change (only the fields given).
    case objective(ObjectiveChange)

    /// The kind's code in scenario files.
    public var code: String {
        switch self {
        case .technicianAbsent: "technician_absent"
        case .technicianHours: "technician_hours"
        case .technicianAdded: "technician_added"
        case .jobAdded: "job_added"
        case .jobCancelled: "job_cancelled"
        case .jobUrgency: "job_urgency"
        case .jobWindows: "job_window"
        case .jobDuration: "job_duration"
        case .partStock: "part_stock"
        case .supplierDelay: "supplier_delay"
        case .travelSlowdown: "travel_slowdown"
        case .providerUnavailable: "provider_unavailable"
        case .objective: "objective"
        }
    }

    /// Every kind's code, for messages.
    public static let codes = [
        "technician_absent", "technician_hours", "technician_added", "job_added", "job_cancelled", "job_urgency",
        "job_window", "job_duration", "part_stock", "supplier_delay", "travel_slowdown", "provider_unavailable", "objective",
    ]
}

/// New prices for some fields of ``ObjectiveWeights``; nil fields stay as they are.
public struct ObjectiveChange: Sendable, Hashable {
    public var costPerKm: Double?
    public var priorityPenalty: Double?
    public var overtimeWeight: Double?
    public var referralWeight: Double?
    public var nonPreferredTechnician: Double?
    /// Per urgency; urgencies not given keep their penalty.
    public var unassignedPenalty: [Urgency: Double]
    public var latenessPerDay: [Urgency: Double]

    public init(costPerKm: Double? = nil, priorityPenalty: Double? = nil, overtimeWeight: Double? = nil,
                referralWeight: Double? = nil, nonPreferredTechnician: Double? = nil,
                unassignedPenalty: [Urgency: Double] = [:], latenessPerDay: [Urgency: Double] = [:]) {
        self.costPerKm = costPerKm
        self.priorityPenalty = priorityPenalty
        self.overtimeWeight = overtimeWeight
        self.referralWeight = referralWeight
        self.nonPreferredTechnician = nonPreferredTechnician
        self.unassignedPenalty = unassignedPenalty
        self.latenessPerDay = latenessPerDay
    }
}
