import FieldService
import Foundation
import GRDB

extension RecordStore {
    /// Imports service records, all or nothing: a record for a (job, date) not stored yet
    /// is added (it must name the `technician` and the `outcome`); a record for a stored
    /// (job, date) updates the fields it sets and keeps the others (so a follow-up answer
    /// adds `satisfaction` and `complaint` to its visit). Records are applied in order, so
    /// a later one in the list updates an earlier one.
    ///
    /// - Throws: ``RecordStoreError/invalidRecord(index:field:reason:)`` for the first
    ///   record that breaks a rule (blank ids, check-out not after check-in, clock times
    ///   outside the day, negative amounts or part counts, satisfaction outside 1 to 5, a
    ///   new visit without technician or outcome); nothing is imported then.
    public func importRecords(_ records: [ServiceRecord]) throws(RecordStoreError) -> ImportResult {
        for (index, record) in records.enumerated() {
            if let issue = record.firstIssue(complete: false) ?? Self.dateIssue(record.date) {
                throw .invalidRecord(index: index, field: issue.field, reason: issue.reason)
            }
        }
        return try perform {
            try queue.write { db in
                var result = ImportResult(added: 0, updated: 0, unchanged: 0)
                for (index, record) in records.enumerated() {
                    if let stored = try Self.fetchRecord(db, job: record.job, date: record.date) {
                        let merged = stored.merged(with: record)
                        if let issue = merged.firstIssue(complete: true) {
                            throw RecordStoreError.invalidRecord(index: index, field: issue.field,
                                                                 reason: issue.reason + " (with the stored record of this visit)")
                        }
                        if merged == stored {
                            result.unchanged += 1
                        } else {
                            try Self.write(merged, db, replace: true)
                            result.updated += 1
                        }
                    } else {
                        if let issue = record.firstIssue(complete: true) {
                            throw RecordStoreError.invalidRecord(index: index, field: issue.field, reason: issue.reason)
                        }
                        try Self.write(Self.completed(record), db, replace: false)
                        result.added += 1
                    }
                }
                return result
            }
        }
    }

    /// The stored records from `from` to `to` (both included), ordered by date, then job.
    public func records(from: CivilDate, to: CivilDate) throws(RecordStoreError) -> [ServiceRecord] {
        let rows = try perform {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM service_record WHERE date BETWEEN ? AND ? ORDER BY date, job",
                                 arguments: [from.description, to.description])
            }
        }
        var records: [ServiceRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows { records.append(try Self.serviceRecord(row)) }
        return records
    }

    // MARK: - Rows

    static func dateIssue(_ date: CivilDate) -> (field: String, reason: String)? {
        (1...9999).contains(date.year) ? nil : ("date", "the year must have four digits, got \(date.year)")
    }

    /// A new visit's record with the amounts it leaves out set to 0.
    static func completed(_ record: ServiceRecord) -> ServiceRecord {
        var r = record
        r.travelMinutes = r.travelMinutes ?? 0
        r.travelKm = r.travelKm ?? 0
        r.partsUsed = r.partsUsed ?? [:]
        r.labourCost = r.labourCost ?? 0
        r.partsCost = r.partsCost ?? 0
        return r
    }

    static func fetchRecord(_ db: Database, job: String, date: CivilDate) throws -> ServiceRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM service_record WHERE job = ? AND date = ?",
                                         arguments: [job, date.description]) else { return nil }
        return try serviceRecord(row)
    }

    static func write(_ record: ServiceRecord, _ db: Database, replace: Bool) throws {
        let verb = replace ? "INSERT OR REPLACE" : "INSERT"
        try db.execute(
            sql: """
                \(verb) INTO service_record (job, date, technician, check_in, check_out, travel_minutes, travel_km,
                    parts_used_json, labour_cost, parts_cost, outcome, job_type, satisfaction, complaint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [record.job, record.date.description, record.technician, record.checkIn, record.checkOut,
                        record.travelMinutes ?? 0, record.travelKm ?? 0, try json(record.partsUsed ?? [:]),
                        record.labourCost ?? 0, record.partsCost ?? 0, record.outcome?.rawValue, record.jobType,
                        record.satisfaction, record.complaint])
    }

    static func serviceRecord(_ row: Row) throws(RecordStoreError) -> ServiceRecord {
        let (job, dateText, outcomeText, partsJSON) = try rowValues(row) {
            (try $0.decode(String.self, forColumn: "job"), try $0.decode(String.self, forColumn: "date"),
             try $0.decode(String.self, forColumn: "outcome"), try $0.decode(String.self, forColumn: "parts_used_json"))
        }
        guard let date = CivilDate(parsing: Substring(dateText)) else {
            throw .corruptData(reason: "the record of job \(job) has the date \"\(dateText)\"")
        }
        guard let outcome = ServiceOutcome(rawValue: outcomeText) else {
            throw .corruptData(reason: "the record of job \(job) on \(dateText) has the outcome \"\(outcomeText)\"")
        }
        let parts = try decodeJSON([String: Int].self, partsJSON, what: "the parts of job \(job) on \(dateText)")
        return try rowValues(row) { row in
            ServiceRecord(
                job: job, date: date, technician: try row.decode(String.self, forColumn: "technician"),
                checkIn: try row.decode(Double?.self, forColumn: "check_in"),
                checkOut: try row.decode(Double?.self, forColumn: "check_out"),
                travelMinutes: try row.decode(Double.self, forColumn: "travel_minutes"),
                travelKm: try row.decode(Double.self, forColumn: "travel_km"),
                partsUsed: parts,
                labourCost: try row.decode(Double.self, forColumn: "labour_cost"),
                partsCost: try row.decode(Double.self, forColumn: "parts_cost"),
                outcome: outcome,
                jobType: try row.decode(String?.self, forColumn: "job_type"),
                satisfaction: try row.decode(Int?.self, forColumn: "satisfaction"),
                complaint: try row.decode(String?.self, forColumn: "complaint"))
        }
    }
}
