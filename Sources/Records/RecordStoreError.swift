import Foundation

/// Everything that can go wrong with the records database, each case naming what is wrong.
public enum RecordStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No outbox message has this id.
    case unknownMessage(id: String)
    /// Service record number `index` (0-based, in the order given) has a bad `field`.
    /// `field` is the record's JSON field name (`checkOut`, `partsUsed.valve`, ...).
    case invalidRecord(index: Int, field: String, reason: String)
    /// A record file that is not JSON of the form `{ "records": [ ... ] }`.
    case invalidRecordFile(reason: String)
    /// The schedule or problem to publish cannot be written as JSON (a NaN or infinite number).
    case unencodablePlan(reason: String)
    /// Nothing has been published to this database yet.
    case noPublishedPlan
    /// No published plan has a job with this id.
    case unknownJob(id: String)
    /// The job has no service record with a complaint or a satisfaction of 2 or less,
    /// so there is nothing to reopen.
    case noComplaint(job: String)
    /// SQLite (through GRDB) failed; the message is SQLite's.
    case database(message: String)
    /// Stored data could not be read back (a damaged database, or one written by
    /// something else).
    case corruptData(reason: String)

    /// One line for a person, e.g. `records[2].checkOut: check-out 09:00 is not after check-in 10:00`.
    public var description: String {
        switch self {
        case let .unknownMessage(id):
            "no outbox message has the id \"\(id)\""
        case let .invalidRecord(index, field, reason):
            "records[\(index)].\(field): \(reason)"
        case let .invalidRecordFile(reason):
            "not a record file: \(reason)"
        case let .unencodablePlan(reason):
            "the plan cannot be stored: \(reason)"
        case .noPublishedPlan:
            "no plan has been published to this database"
        case let .unknownJob(id):
            "no published plan has a job \"\(id)\""
        case let .noComplaint(job):
            "job \(job) has no service record with a complaint or a satisfaction of 2 or less"
        case let .database(message):
            "database error: \(message)"
        case let .corruptData(reason):
            "the database holds data that cannot be read: \(reason)"
        }
    }
}
