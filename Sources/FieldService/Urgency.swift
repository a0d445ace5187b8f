/// How urgent a customer request is. Drives the penalty for leaving a job
/// unplaced and, later, how soon a deferred job must be done.
public enum Urgency: String, Codable, Sendable, CaseIterable, Comparable {
    /// Must be placed whenever any feasible way exists (no heat, water leak, live wire).
    case emergency
    /// Should be done on the first possible day.
    case high
    /// A regular appointment.
    case normal
    /// Can wait: maintenance, inspections.
    case low

    /// Order from most to least urgent.
    public var rank: Int {
        switch self {
        case .emergency: 0
        case .high: 1
        case .normal: 2
        case .low: 3
        }
    }

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rank < rhs.rank }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = Urgency(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "unknown urgency \"\(text)\": use emergency, high, normal or low")
        }
        self = value
    }
}
