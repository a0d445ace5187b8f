import FieldService
import Foundation
import GRDB

/// Figures over a period's service records, per technician and per job type.
public struct ServiceReport: Sendable, Hashable, Encodable {
    /// First day of the period.
    public var from: CivilDate
    /// Last day of the period (included).
    public var to: CivilDate
    /// One row per technician, by id.
    public var technicians: [ServiceReportRow]
    /// One row per job type, by name.
    public var jobTypes: [ServiceReportRow]
    /// All records of the period (named `total`).
    public var total: ServiceReportRow

    /// A report with every part given.
    public init(from: CivilDate, to: CivilDate, technicians: [ServiceReportRow], jobTypes: [ServiceReportRow],
                total: ServiceReportRow) {
        self.from = from
        self.to = to
        self.technicians = technicians
        self.jobTypes = jobTypes
        self.total = total
    }

    enum CodingKeys: String, CodingKey { case from, to, technicians, jobTypes, total }

    /// `from` and `to` as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from.description, forKey: .from)
        try c.encode(to.description, forKey: .to)
        try c.encode(technicians, forKey: .technicians)
        try c.encode(jobTypes, forKey: .jobTypes)
        try c.encode(total, forKey: .total)
    }
}

/// The figures of one technician, one job type, or the whole period.
public struct ServiceReportRow: Sendable, Hashable, Codable {
    /// Technician id, job type, or `total`.
    public var name: String
    /// Records (visits) counted.
    public var visits: Int
    /// Distinct jobs among them.
    public var jobs: Int
    /// Minutes on site: check-out - check-in, summed over the visits that have both.
    public var minutesOnSite: Double
    /// Minutes driving.
    public var travelMinutes: Double
    /// Kilometres driven.
    public var travelKm: Double
    /// Labour cost.
    public var labourCost: Double
    /// Parts cost.
    public var partsCost: Double
    /// Jobs of this row fixed on their first recorded visit in the period, that visit
    /// being in this row (the technician's or of this job type).
    public var firstTimeFixes: Int
    /// `firstTimeFixes / jobs`; nil when there are no jobs.
    public var firstTimeFixRate: Double?
    /// Visits with a satisfaction answer.
    public var satisfactionAnswers: Int
    /// Mean satisfaction (1 to 5) of those answered; nil when none was.
    public var meanSatisfaction: Double?
    /// Visits with a complaint (non-blank text).
    public var complaints: Int

    /// A row with every figure given.
    public init(name: String, visits: Int, jobs: Int, minutesOnSite: Double, travelMinutes: Double, travelKm: Double,
                labourCost: Double, partsCost: Double, firstTimeFixes: Int, firstTimeFixRate: Double?,
                satisfactionAnswers: Int, meanSatisfaction: Double?, complaints: Int) {
        self.name = name
        self.visits = visits
        self.jobs = jobs
        self.minutesOnSite = minutesOnSite
        self.travelMinutes = travelMinutes
        self.travelKm = travelKm
        self.labourCost = labourCost
        self.partsCost = partsCost
        self.firstTimeFixes = firstTimeFixes
        self.firstTimeFixRate = firstTimeFixRate
        self.satisfactionAnswers = satisfactionAnswers
        self.meanSatisfaction = meanSatisfaction
        self.complaints = complaints
    }

    enum CodingKeys: String, CodingKey {
        case name, visits, jobs, minutesOnSite, travelMinutes, travelKm, labourCost, partsCost
        case firstTimeFixes, firstTimeFixRate, satisfactionAnswers, meanSatisfaction, complaints
    }

    /// Writes every key; `firstTimeFixRate` and `meanSatisfaction` as `null` when undefined.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(visits, forKey: .visits)
        try c.encode(jobs, forKey: .jobs)
        try c.encode(minutesOnSite, forKey: .minutesOnSite)
        try c.encode(travelMinutes, forKey: .travelMinutes)
        try c.encode(travelKm, forKey: .travelKm)
        try c.encode(labourCost, forKey: .labourCost)
        try c.encode(partsCost, forKey: .partsCost)
        try c.encode(firstTimeFixes, forKey: .firstTimeFixes)
        try c.encode(firstTimeFixRate, forKey: .firstTimeFixRate)
        try c.encode(satisfactionAnswers, forKey: .satisfactionAnswers)
        try c.encode(meanSatisfaction, forKey: .meanSatisfaction)
        try c.encode(complaints, forKey: .complaints)
    }
}

extension RecordStore {
    /// Job type of a job without skills in the published problem.
    public static let noSkillsJobType = "none"
    /// Job type of a job that no record names and no published plan has.
    public static let unknownJobType = "unknown"

    /// The figures of the records from `from` to `to` (both included), per technician and
    /// per job type, in name order, and for the whole period.
    ///
    /// A record's job type is its `jobType`; else the job's required skills (sorted
    /// names joined with `+`, ``noSkillsJobType`` when it needs none) in the latest
    /// published problem that has the job; else ``unknownJobType``. A job is a
    /// first-time fix when its first recorded visit in the period has the outcome
    /// `fixed`; that visit's technician and job type get the credit.
    public func report(from: CivilDate, to: CivilDate) throws(RecordStoreError) -> ServiceReport {
        let records = try records(from: from, to: to)
        let untyped = Set(records.filter { $0.jobType == nil }.map(\.job)).sorted()
        var publishedTypes: [String: String] = [:]
        for job in untyped {
            if let published = try latestPublishedJob(job) {
                let skills = published.requiredSkills.keys.sorted()
                publishedTypes[job] = skills.isEmpty ? Self.noSkillsJobType : skills.joined(separator: "+")
            }
        }
        func jobType(_ record: ServiceRecord) -> String {
            record.jobType ?? publishedTypes[record.job] ?? Self.unknownJobType
        }
        // Records are in date order, so the first one seen for a job is its first visit.
        var firstVisit: [String: ServiceRecord] = [:]
        for record in records where firstVisit[record.job] == nil { firstVisit[record.job] = record }

        func row(_ name: String, _ group: [ServiceRecord], owns: (ServiceRecord) -> Bool) -> ServiceReportRow {
            let jobs = Set(group.map(\.job))
            let fixes = jobs.filter { job in
                guard let first = firstVisit[job] else { return false }
                return first.outcome == .fixed && owns(first)
            }.count
            let answers = group.compactMap(\.satisfaction)
            var onSite = 0.0, travelMinutes = 0.0, travelKm = 0.0, labour = 0.0, parts = 0.0
            for record in group {
                if let checkIn = record.checkIn, let checkOut = record.checkOut { onSite += checkOut - checkIn }
                travelMinutes += record.travelMinutes ?? 0
                travelKm += record.travelKm ?? 0
                labour += record.labourCost ?? 0
                parts += record.partsCost ?? 0
            }
            return ServiceReportRow(
                name: name, visits: group.count, jobs: jobs.count, minutesOnSite: onSite, travelMinutes: travelMinutes,
                travelKm: travelKm, labourCost: labour, partsCost: parts, firstTimeFixes: fixes,
                firstTimeFixRate: jobs.isEmpty ? nil : Double(fixes) / Double(jobs.count),
                satisfactionAnswers: answers.count,
                meanSatisfaction: answers.isEmpty ? nil : Double(answers.reduce(0, +)) / Double(answers.count),
                complaints: group.filter(\.hasComplaintText).count)
        }

        let byTechnician = Dictionary(grouping: records) { $0.technician ?? Self.unknownJobType }
        let byType = Dictionary(grouping: records, by: jobType)
        return ServiceReport(
            from: from, to: to,
            technicians: byTechnician.keys.sorted().map { name in
                row(name, byTechnician[name] ?? []) { ($0.technician ?? Self.unknownJobType) == name }
            },
            jobTypes: byType.keys.sorted().map { name in row(name, byType[name] ?? []) { jobType($0) == name } },
            total: row("total", records) { _ in true })
    }

    /// The job as the latest published problem that has it gives it.
    func latestPublishedJob(_ id: String) throws(RecordStoreError) -> Job? {
        let text = try perform {
            try queue.read { db in
                try String.fetchOne(db, sql: "SELECT job_json FROM published_job WHERE job_id = ? ORDER BY plan_id DESC LIMIT 1",
                                    arguments: [id])
            }
        }
        guard let text else { return nil }
        return try Self.decodeJSON(Job.self, text, what: "published job \(id)")
    }
}
