import FieldService
import Schedule

/// The answer to a batch of what-if questions: the base plan's key figures, and per
/// scenario its figures, their deltas, and what changed for jobs and customers.
public struct WhatIfReport: Sendable, Hashable, Codable {
    /// The base problem's name (or file).
    public var base: String
    /// Key figures of the base plan.
    public var baseFigures: KeyFigures
    public var scenarios: [ScenarioResult]

    public init(base: String, baseFigures: KeyFigures, scenarios: [ScenarioResult]) {
        self.base = base
        self.baseFigures = baseFigures
        self.scenarios = scenarios
    }
}

/// The figures compared side by side.
public struct KeyFigures: Sendable, Hashable, Codable {
    public var cost: Double
    public var travelTime: Double
    public var distance: Double
    public var overtime: Double
    public var jobsPlaced: Int
    /// Placed jobs per urgency (`emergency`, `high`, `normal`, `low`).
    public var placedByUrgency: [String: Int]
    public var jobsUnassigned: Int
    public var jobsReferred: Int
    public var purchaseOrders: Int
    public var lowerBound: Double?
    public var gap: Double?

    public init(_ schedule: Schedule) {
        let k = schedule.kpis
        cost = k.cost
        travelTime = k.travelTime
        distance = k.distance
        overtime = k.overtime
        jobsPlaced = k.jobsPlaced
        placedByUrgency = k.placedByUrgency
        jobsUnassigned = k.jobsUnassigned
        jobsReferred = k.jobsReferred
        purchaseOrders = schedule.purchaseOrders.count
        lowerBound = k.lowerBound
        gap = k.gap
    }
}

/// One scenario's plan against the base plan.
public struct ScenarioResult: Sendable, Hashable, Codable {
    public var name: String
    public var file: String?
    public var description: String?
    public var figures: KeyFigures
    /// `figures - base` for the numeric figures (cost, travelTime, distance, overtime,
    /// jobsPlaced, jobsUnassigned, jobsReferred, purchaseOrders).
    public var deltas: [String: Double]
    /// Jobs whose technician or day changed, or whose arrival left the window the customer
    /// was told (``ArrivalWindow``), or that went between a route and a partner.
    public var moved: [MovedJob]
    /// Customers (job ids) who would get an `appointment_change` or `appointment_cancellation`.
    public var changeNotices: [String]
    /// Jobs placed or referred in the base but not in the scenario, with the reason.
    public var newlyUnplaced: [UnassignedJob]
    /// Jobs unplaced in the base that the scenario places or refers.
    public var newlyPlaced: [String]
    /// Jobs the scenario adds or cancels.
    public var added: [String]
    public var cancelled: [String]
    /// Wall-clock seconds of the scenario's run.
    public var seconds: Double
}

/// Where a job was and where it goes.
public struct MovedJob: Sendable, Hashable, Codable {
    public var job: String
    public var from: Placement
    public var to: Placement
}

/// A job's place in a plan: a technician's visit, or a partner.
public struct Placement: Sendable, Hashable, Codable {
    /// Technician id, or nil for a referral.
    public var technician: String?
    /// Provider id for a referral.
    public var provider: String?
    public var day: Int
    /// When the technician is at the customer's door: the planned start of work (minutes
    /// from the horizon start), as customers are told; nil for a referral.
    public var arrival: Double?
    /// For a job done by a crew: its technicians (ids), the lead first (``technician`` is
    /// the lead). Nil (left out of the JSON) for a job done alone or referred.
    public var crew: [String]? = nil

    /// The technicians who do the job, as a set: the crew, or the one technician.
    var technicians: Set<String> { Set(crew ?? technician.map { [$0] } ?? []) }

    /// Who does the job, for text output: `tom`, the crew `tom+ulla` (lead first), the
    /// provider, or `-`.
    public var assignee: String {
        if let crew, crew.count > 1 { return crew.joined(separator: "+") }
        return technician ?? provider ?? "-"
    }
}
