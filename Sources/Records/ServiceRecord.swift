import FieldService
import Foundation

/// How a visit ended. The raw values are stable codes.
public enum ServiceOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The job is done.
    case fixed
    /// The technician has to come back (a part was missing, the work takes longer).
    case needsReturn = "needs_return"
    /// Nobody was home.
    case notHome = "not_home"
    /// The visit was called off.
    case cancelled
}

/// What actually happened on one visit: one technician at one job on one day.
///
/// A record is identified by its job and date. Every other field is optional in the
/// value, because a record may also be an *update*: importing a record for a (job,
/// date) that is already stored changes only the fields the new one sets, so the
/// answer to the satisfaction follow-up can arrive later as
/// `{"job": "j4", "date": "2026-11-23", "satisfaction": 2, "complaint": "..."}`.
/// A record that creates a visit must name the `technician` and the `outcome`; the
/// numbers it leaves out are stored as 0 and `partsUsed` as empty. Records read back
/// from the store have every field but `checkIn`, `checkOut`, `jobType`,
/// `satisfaction` and `complaint` set.
///
/// JSON (see README, "Records"): the field names below; `date` is `"YYYY-MM-DD"`,
/// `checkIn` and `checkOut` are `"HH:MM"` clock times on that date. Unknown fields are
/// errors (fields of your own start with `x-`).
public struct ServiceRecord: Sendable, Hashable {
    /// The job's id.
    public var job: String
    /// The day of the visit.
    public var date: CivilDate
    /// The technician who went.
    public var technician: String?
    /// Arrival on site, minutes after midnight.
    public var checkIn: Minutes?
    /// Departure from site, minutes after midnight; after `checkIn`.
    public var checkOut: Minutes?
    /// Minutes driven to get there.
    public var travelMinutes: Double?
    /// Kilometres driven to get there.
    public var travelKm: Double?
    /// Parts used, part id to count.
    public var partsUsed: [String: Int]?
    /// Cost of the technician's time.
    public var labourCost: Double?
    /// Cost of the parts used.
    public var partsCost: Double?
    /// How the visit ended.
    public var outcome: ServiceOutcome?
    /// The kind of job for the report (e.g. `boiler service`); when absent the report
    /// uses the job's required skills from the published plans.
    public var jobType: String?
    /// The customer's answer to the follow-up, 1 (bad) to 5 (good).
    public var satisfaction: Int?
    /// The customer's complaint, if any.
    public var complaint: String?

    /// A record of the visit to `job` on `date`; leave out (nil) what it does not state.
    public init(job: String, date: CivilDate, technician: String? = nil, checkIn: Minutes? = nil, checkOut: Minutes? = nil,
                travelMinutes: Double? = nil, travelKm: Double? = nil, partsUsed: [String: Int]? = nil,
                labourCost: Double? = nil, partsCost: Double? = nil, outcome: ServiceOutcome? = nil,
                jobType: String? = nil, satisfaction: Int? = nil, complaint: String? = nil) {
        self.job = job
        self.date = date
        self.technician = technician
        self.checkIn = checkIn
        self.checkOut = checkOut
        self.travelMinutes = travelMinutes
        self.travelKm = travelKm
        self.partsUsed = partsUsed
        self.labourCost = labourCost
        self.partsCost = partsCost
        self.outcome = outcome
        self.jobType = jobType
        self.satisfaction = satisfaction
        self.complaint = complaint
    }

    /// Whether the customer complained: a non-blank complaint, or a satisfaction of 2 or less.
    public var hasComplaint: Bool {
        if let satisfaction, satisfaction <= 2 { return true }
        return hasComplaintText
    }

    /// Whether `complaint` holds more than white space.
    var hasComplaintText: Bool {
        complaint.map { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? false
    }

    /// This record with every field `update` sets taken from `update`.
    func merged(with update: ServiceRecord) -> ServiceRecord {
        var result = self
        if let v = update.technician { result.technician = v }
        if let v = update.checkIn { result.checkIn = v }
        if let v = update.checkOut { result.checkOut = v }
        if let v = update.travelMinutes { result.travelMinutes = v }
        if let v = update.travelKm { result.travelKm = v }
        if let v = update.partsUsed { result.partsUsed = v }
        if let v = update.labourCost { result.labourCost = v }
        if let v = update.partsCost { result.partsCost = v }
        if let v = update.outcome { result.outcome = v }
        if let v = update.jobType { result.jobType = v }
        if let v = update.satisfaction { result.satisfaction = v }
        if let v = update.complaint { result.complaint = v }
        return result
    }

    /// The first rule the record breaks, as (JSON field, reason); nil when it is fine.
    /// With `complete`, the fields a new visit needs (`technician`, `outcome`) must be set.
    func firstIssue(complete: Bool) -> (field: String, reason: String)? {
        if job.trimmingCharacters(in: .whitespaces).isEmpty { return ("job", "must not be empty") }
        if let technician, technician.trimmingCharacters(in: .whitespaces).isEmpty {
            return ("technician", "must not be empty")
        }
        if complete, technician == nil {
            return ("technician", "required: no visit to job \(job) on \(date) is recorded yet, so this record must name the technician")
        }
        if complete, outcome == nil {
            return ("outcome", "required: no visit to job \(job) on \(date) is recorded yet, so this record must give the outcome")
        }
        for (field, clock) in [("checkIn", checkIn), ("checkOut", checkOut)] {
            if let clock, !(clock.isFinite && clock >= 0 && clock < minutesPerDay) {
                return (field, "\(clock) is not a clock time: use minutes after midnight below 1440 (\"HH:MM\" in JSON)")
            }
        }
        if let checkIn, let checkOut, checkOut <= checkIn {
            return ("checkOut", "check-out \(ClockText.format(checkOut)) is not after check-in \(ClockText.format(checkIn))")
        }
        let amounts: [(String, Double?)] = [("travelMinutes", travelMinutes), ("travelKm", travelKm),
                                            ("labourCost", labourCost), ("partsCost", partsCost)]
        for (field, value) in amounts {
            if let value, !(value.isFinite && value >= 0) {
                return (field, "must be a non-negative number, got \(value)")
            }
        }
        for (part, count) in (partsUsed ?? [:]).sorted(by: { $0.key < $1.key }) {
            if part.isEmpty { return ("partsUsed", "a part id must not be empty") }
            if count < 0 { return ("partsUsed.\(part)", "must not be negative, got \(count)") }
        }
        if let satisfaction, !(1...5).contains(satisfaction) {
            return ("satisfaction", "must be 1 to 5, got \(satisfaction)")
        }
        if let jobType, jobType.trimmingCharacters(in: .whitespaces).isEmpty {
            return ("jobType", "must not be empty")
        }
        return nil
    }
}

// MARK: - JSON

extension ServiceRecord: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case job, technician, date, checkIn, checkOut, travelMinutes, travelKm, partsUsed, labourCost, partsCost
        case outcome, jobType, satisfaction, complaint
    }

    /// Decodes one record; `job` and `date` are required, unknown fields are errors.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        job = try c.decode(String.self, forKey: .job)
        let dateText = try c.decode(String.self, forKey: .date)
        guard let parsed = CivilDate(parsing: Substring(dateText)) else {
            throw DecodingError.dataCorruptedError(forKey: .date, in: c,
                                                   debugDescription: "\"\(dateText)\" is not a date: use YYYY-MM-DD")
        }
        date = parsed
        technician = try c.decodeIfPresent(String.self, forKey: .technician)
        checkIn = try Self.decodeClock(c, .checkIn)
        checkOut = try Self.decodeClock(c, .checkOut)
        travelMinutes = try c.decodeIfPresent(Double.self, forKey: .travelMinutes)
        travelKm = try c.decodeIfPresent(Double.self, forKey: .travelKm)
        partsUsed = try Self.decodeCounts(c, .partsUsed)
        labourCost = try c.decodeIfPresent(Double.self, forKey: .labourCost)
        partsCost = try c.decodeIfPresent(Double.self, forKey: .partsCost)
        if let text = try c.decodeIfPresent(String.self, forKey: .outcome) {
            guard let value = ServiceOutcome(rawValue: text) else {
                let known = ServiceOutcome.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(forKey: .outcome, in: c,
                                                       debugDescription: "unknown outcome \"\(text)\": use one of \(known)")
            }
            outcome = value
        } else {
            outcome = nil
        }
        jobType = try c.decodeIfPresent(String.self, forKey: .jobType)
        satisfaction = try Self.decodeWholeNumber(c, .satisfaction)
        complaint = try c.decodeIfPresent(String.self, forKey: .complaint)
    }

    /// A whole number written as a JSON number (`4` or `4.0`, not `4.5`).
    private static func decodeWholeNumber(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int? {
        guard let value = try c.decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard let whole = Int(exactly: value) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must be a whole number, got \(value)")
        }
        return whole
    }

    /// A part id as a key of an error's coding path.
    private struct PartKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Part id to a whole count.
    private static func decodeCounts(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [String: Int]? {
        guard let values = try c.decodeIfPresent([String: Double].self, forKey: key) else { return nil }
        var counts: [String: Int] = [:]
        for (part, value) in values {
            guard let whole = Int(exactly: value) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: c.codingPath + [key, PartKey(stringValue: part)],
                    debugDescription: "must be a whole number, got \(value)"))
            }
            counts[part] = whole
        }
        return counts
    }

    private static func decodeClock(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Minutes? {
        guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let minutes = ClockText.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                   debugDescription: "\"\(text)\" is not a clock time: use HH:MM (00:00 to 23:59)")
        }
        return minutes
    }

    /// Encodes the fields that are set; dates as `YYYY-MM-DD`, clock times as `HH:MM`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(job, forKey: .job)
        try c.encode(date.description, forKey: .date)
        try c.encodeIfPresent(technician, forKey: .technician)
        try c.encodeIfPresent(checkIn.map(ClockText.format), forKey: .checkIn)
        try c.encodeIfPresent(checkOut.map(ClockText.format), forKey: .checkOut)
        try c.encodeIfPresent(travelMinutes, forKey: .travelMinutes)
        try c.encodeIfPresent(travelKm, forKey: .travelKm)
        try c.encodeIfPresent(partsUsed, forKey: .partsUsed)
        try c.encodeIfPresent(labourCost, forKey: .labourCost)
        try c.encodeIfPresent(partsCost, forKey: .partsCost)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encodeIfPresent(jobType, forKey: .jobType)
        try c.encodeIfPresent(satisfaction, forKey: .satisfaction)
        try c.encodeIfPresent(complaint, forKey: .complaint)
    }
}

/// `"HH:MM"` clock times of a record (00:00 to 23:59).
enum ClockText {
    /// Minutes after midnight, or nil when `text` is not `HH:MM` with two-digit fields.
    static func parse(_ text: String) -> Minutes? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60 else { return nil }
        return Minutes(hours * 60 + minutes)
    }

    /// `HH:MM` for minutes after midnight (rounded to the minute).
    static func format(_ clock: Minutes) -> String {
        guard clock.isFinite, abs(clock) < 1e9 else { return "\(clock)" }
        let total = Int(clock.rounded())
        let hours = total / 60, minutes = abs(total % 60)
        return (hours < 10 && hours >= 0 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}

/// The record file the `fieldplan record` command imports: `{ "records": [ ... ] }`.
public struct ServiceRecordFile: Sendable, Hashable, Codable {
    /// The records, in file order (errors name them by their index here).
    public var records: [ServiceRecord]

    /// A file holding `records`.
    public init(records: [ServiceRecord]) {
        self.records = records
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case records }

    /// Decodes `{"records": [...]}`; other fields (but `x-` ones) are errors.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        records = try c.decode([ServiceRecord].self, forKey: .records)
    }

    /// Reads a record file.
    ///
    /// - Throws: ``RecordStoreError/invalidRecord(index:field:reason:)`` for a record
    ///   with a field of the wrong type, an unknown field, a bad date or clock time or
    ///   outcome; ``RecordStoreError/invalidRecordFile(reason:)`` when the text is not
    ///   JSON or has no `records` list. Value rules (check-out after check-in,
    ///   satisfaction 1 to 5, ...) are checked on import.
    public static func decode(json data: Data) throws(RecordStoreError) -> ServiceRecordFile {
        do {
            return try JSONDecoder().decode(ServiceRecordFile.self, from: data)
        } catch {
            throw RecordDecodingDiagnosis.translate(error)
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
