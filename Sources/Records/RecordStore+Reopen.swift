import FieldService
import Foundation
import GRDB

extension RecordStore {
    /// A new job for a visit the customer complained about, to put in the next input file.
    ///
    /// The job is copied from the latest published problem that has `id`, with:
    /// - the id `<id>-R1`, or `-R2`, `-R3`, ... when that id is in a published problem or
    ///   was handed out by an earlier reopen (the new id is recorded);
    /// - the technician of the complained visit added to `excludedTechnicians` (and
    ///   removed from `preferredTechnicians`);
    /// - `pinned`, `earliestDay` and `latestDay` cleared (they belonged to the old horizon).
    ///
    /// The complained visit is the latest record of the job with a non-blank complaint
    /// or a satisfaction of 2 or less.
    ///
    /// - Throws: ``RecordStoreError/noPublishedPlan`` when nothing was published,
    ///   ``RecordStoreError/unknownJob(id:)`` when no published plan has the job,
    ///   ``RecordStoreError/noComplaint(job:)`` when no record of it complains.
    public func reopen(job id: String) throws(RecordStoreError) -> Job {
        try perform {
            try queue.write { db -> Job in
                guard let jobJSON = try String.fetchOne(
                    db, sql: "SELECT job_json FROM published_job WHERE job_id = ? ORDER BY plan_id DESC LIMIT 1", arguments: [id])
                else {
                    let anyPlan = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM published_plan)") ?? false
                    throw anyPlan ? RecordStoreError.unknownJob(id: id) : RecordStoreError.noPublishedPlan
                }
                guard let complained = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT technician, date FROM service_record
                        WHERE job = ? AND ((complaint IS NOT NULL AND trim(complaint, ' ' || char(9, 10, 13)) <> '')
                                           OR satisfaction <= 2)
                        ORDER BY date DESC LIMIT 1
                        """,
                    arguments: [id])
                else { throw RecordStoreError.noComplaint(job: id) }
                let technician = try complained.decode(String.self, forColumn: "technician")
                let date = try complained.decode(String.self, forColumn: "date")
                var n = 1
                var newID = "\(id)-R\(n)"
                while try Self.idTaken(db, newID) {
                    n += 1
                    newID = "\(id)-R\(n)"
                }
                try db.execute(sql: "INSERT INTO reopened_job (id, source_job, technician, record_date) VALUES (?, ?, ?, ?)",
                               arguments: [newID, id, technician, date])
                var job = try Self.decodeJSON(Job.self, jobJSON, what: "published job \(id)")
                job.id = newID
                if !job.excludedTechnicians.contains(technician) { job.excludedTechnicians.append(technician) }
                job.preferredTechnicians.removeAll { $0 == technician }
                job.pinned = nil
                job.earliestDay = nil
                job.latestDay = nil
                return job
            }
        }
    }

    private static func idTaken(_ db: Database, _ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM published_job WHERE job_id = ?) OR EXISTS (SELECT 1 FROM reopened_job WHERE id = ?)
            """, arguments: [id, id]) ?? false
    }
}
