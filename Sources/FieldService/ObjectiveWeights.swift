/// The prices that turn a schedule into one cost to minimise.
///
/// Cost of a plan = Σ routes (km x `costPerKm` + minutes travelling or working
/// x technician `costPerHour`/60 + overtime minutes x overtime `costPerHour`/60
/// x `overtimeWeight` + `nonPreferredTechnician` per job whose preferred
/// technicians were not used + the technician's `fixedCost` when the route has
/// at least one visit) + Σ unplaced jobs' penalties + Σ referrals'
/// provider cost x `referralWeight` + Σ deferred days x `latenessPerDay`.
///
/// The fixed cost per working day is a property of the technician
/// (``Technician/fixedCost``), not a weight here; it is charged as it is.
public struct ObjectiveWeights: Sendable, Hashable {
    /// Vehicle cost per km driven.
    public var costPerKm: Double
    /// Penalty for leaving a job unplaced, per urgency.
    public var unassignedPenalty: [Urgency: Double]
    /// Added to the unplaced penalty per point of a job's explicit `priority`.
    public var priorityPenalty: Double
    /// Multiplier on overtime pay.
    public var overtimeWeight: Double
    /// Multiplier on a partner's price for a referred job.
    public var referralWeight: Double
    /// Cost per day a job is done after its earliest day, per urgency.
    public var latenessPerDay: [Urgency: Double]
    /// Cost when a job with preferred technicians gets someone else.
    public var nonPreferredTechnician: Double

    /// Sensible defaults for a regional service company (currency units).
    public init(costPerKm: Double = 0.6,
                unassignedPenalty: [Urgency: Double] = ObjectiveWeights.defaultUnassignedPenalty,
                priorityPenalty: Double = 100, overtimeWeight: Double = 1, referralWeight: Double = 1,
                latenessPerDay: [Urgency: Double] = ObjectiveWeights.defaultLatenessPerDay,
                nonPreferredTechnician: Double = 40) {
        self.costPerKm = costPerKm
        self.unassignedPenalty = unassignedPenalty
        self.priorityPenalty = priorityPenalty
        self.overtimeWeight = overtimeWeight
        self.referralWeight = referralWeight
        self.latenessPerDay = latenessPerDay
        self.nonPreferredTechnician = nonPreferredTechnician
    }

    /// Emergencies are effectively mandatory.
    public static let defaultUnassignedPenalty: [Urgency: Double] = [
        .emergency: 1_000_000, .high: 5_000, .normal: 1_500, .low: 500,
    ]
    /// Deferring an emergency is very expensive, a low job barely.
    public static let defaultLatenessPerDay: [Urgency: Double] = [
        .emergency: 20_000, .high: 400, .normal: 60, .low: 10,
    ]

    /// The cost per day of doing `job` after its earliest day.
    public func lateness(for job: Job) -> Double {
        latenessPerDay[job.urgency] ?? ObjectiveWeights.defaultLatenessPerDay[job.urgency] ?? 0
    }

    /// The penalty for leaving `job` unplaced.
    public func penalty(for job: Job) -> Double {
        let base = unassignedPenalty[job.urgency] ?? ObjectiveWeights.defaultUnassignedPenalty[job.urgency] ?? 0
        return base + Double(job.priority ?? 0) * priorityPenalty
    }
}

extension ObjectiveWeights: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case costPerKm, unassignedPenalty, priorityPenalty, overtimeWeight, referralWeight, latenessPerDay, nonPreferredTechnician
    }

    /// Every key is optional; missing urgencies keep their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let d = ObjectiveWeights()
        costPerKm = try c.decodeIfPresent(Double.self, forKey: .costPerKm) ?? d.costPerKm
        unassignedPenalty = d.unassignedPenalty.merging(
            try c.decodeIfPresent([String: Double].self, forKey: .unassignedPenalty).map { try Self.urgencyMap($0, c, .unassignedPenalty) } ?? [:]
        ) { $1 }
        priorityPenalty = try c.decodeIfPresent(Double.self, forKey: .priorityPenalty) ?? d.priorityPenalty
        overtimeWeight = try c.decodeIfPresent(Double.self, forKey: .overtimeWeight) ?? d.overtimeWeight
        referralWeight = try c.decodeIfPresent(Double.self, forKey: .referralWeight) ?? d.referralWeight
        latenessPerDay = d.latenessPerDay.merging(
            try c.decodeIfPresent([String: Double].self, forKey: .latenessPerDay).map { try Self.urgencyMap($0, c, .latenessPerDay) } ?? [:]
        ) { $1 }
        nonPreferredTechnician = try c.decodeIfPresent(Double.self, forKey: .nonPreferredTechnician) ?? d.nonPreferredTechnician
    }

    private static func urgencyMap(_ raw: [String: Double], _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [Urgency: Double] {
        var result: [Urgency: Double] = [:]
        for (name, value) in raw {
            guard let urgency = Urgency(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c,
                    debugDescription: "unknown urgency \"\(name)\": use emergency, high, normal or low")
            }
            result[urgency] = value
        }
        return result
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(costPerKm, forKey: .costPerKm)
        try c.encode(Dictionary(uniqueKeysWithValues: unassignedPenalty.map { ($0.key.rawValue, $0.value) }), forKey: .unassignedPenalty)
        try c.encode(priorityPenalty, forKey: .priorityPenalty)
        try c.encode(overtimeWeight, forKey: .overtimeWeight)
        try c.encode(referralWeight, forKey: .referralWeight)
        try c.encode(Dictionary(uniqueKeysWithValues: latenessPerDay.map { ($0.key.rawValue, $0.value) }), forKey: .latenessPerDay)
        try c.encode(nonPreferredTechnician, forKey: .nonPreferredTechnician)
    }
}
