import FieldService
import Foundation
import GRDB
import Schedule
import struct Schedule.Notification
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RecordStore {
    /// Publishes a plan: stores it as the latest published plan and adds its messages to
    /// the outbox, all in one write transaction.
    ///
    /// When the latest published plan has the same content (see
    /// ``PublishedPlan/contentHash``: the planning time and the notifications do not
    /// count), nothing is added and the result's outcome is ``PublishResult/Outcome/unchanged``.
    /// Otherwise the plan is stored and every notification whose id is not in the outbox
    /// yet is added as `pending`, created at `date`; notifications already there are left
    /// as they are (a message is never queued twice). The caller computes the
    /// notifications, change messages included; their ids are deterministic.
    ///
    /// A crash or error part-way leaves the previous published plan and outbox as they
    /// were. See ``crashHookVariable`` for the crash test hook.
    ///
    /// - Throws: ``RecordStoreError/unencodablePlan(reason:)`` for a plan with a NaN,
    ///   ``RecordStoreError/database(message:)`` when SQLite fails.
    public func publish(_ schedule: Schedule, problem: Problem, notifications: [Notification],
                        at date: Date) throws(RecordStoreError) -> PublishResult {
        try publish(schedule, problem: problem, notifications: notifications, at: date, afterOutboxRow: { _ in })
    }

    /// ``publish(_:problem:notifications:at:)`` with a fault-injection point for tests:
    /// `afterOutboxRow(n)` runs right after the n-th new outbox row is inserted, inside the
    /// transaction; an error it throws rolls the whole publish back.
    func publish(_ schedule: Schedule, problem: Problem, notifications: [Notification], at date: Date,
                 afterOutboxRow: (Int) throws -> Void) throws(RecordStoreError) -> PublishResult {
        let crashAfter = ProcessInfo.processInfo.environment[Self.crashHookVariable]
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let content: EncodedPlan
        do {
            content = try EncodedPlan(schedule: schedule, problem: problem, notifications: notifications)
        } catch {
            throw .unencodablePlan(reason: "\(error)")
        }
        return try perform {
            try queue.write { db in
                if let latest = try Row.fetchOne(db, sql: "SELECT id, content_hash FROM published_plan ORDER BY id DESC LIMIT 1"),
                   try latest.decode(String.self, forColumn: "content_hash") == content.hash {
                    var present = 0
                    for message in content.messages {
                        if try Self.outboxHas(db, id: message.notification.id) { present += 1 }
                    }
                    return PublishResult(outcome: .unchanged, planID: try latest.decode(Int64.self, forColumn: "id"),
                                         messagesAdded: 0, messagesAlreadyPresent: present)
                }
                try db.execute(
                    sql: """
                        INSERT INTO published_plan (published_at, content_hash, schedule_json, problem_json)
                        VALUES (?, ?, ?, ?)
                        """,
                    arguments: [date, content.hash, content.scheduleJSON, content.problemJSON])
                let planID = db.lastInsertedRowID
                for (jobID, jobJSON) in content.jobs {
                    try db.execute(sql: "INSERT OR REPLACE INTO published_job (job_id, plan_id, job_json) VALUES (?, ?, ?)",
                                   arguments: [jobID, planID, jobJSON])
                }
                var added = 0, present = 0
                for message in content.messages {
                    let n = message.notification
                    if try Self.outboxHas(db, id: n.id) {
                        present += 1
                        continue
                    }
                    try db.execute(
                        sql: """
                            INSERT INTO outbox (id, plan_id, kind, recipient, channel, address, subject, body, send_day,
                                                data_json, attachments_json, status, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)
                            """,
                        arguments: [n.id, planID, n.kind, n.recipient, n.channel, n.address, n.subject, n.body, n.sendDay,
                                    message.dataJSON, message.attachmentsJSON, date])
                    added += 1
                    try afterOutboxRow(added)
                    if let crashAfter, added == crashAfter {
                        // Test hook (see `crashHookVariable`): die inside the open transaction.
                        _exit(70)
                    }
                }
                return PublishResult(outcome: .published, planID: planID, messagesAdded: added, messagesAlreadyPresent: present)
            }
        }
    }

    /// The latest published plan, or nil when nothing has been published.
    ///
    /// - Throws: ``RecordStoreError/corruptData(reason:)`` when the stored JSON does not read back.
    public func latestPublished() throws(RecordStoreError) -> PublishedPlan? {
        let row = try perform {
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM published_plan ORDER BY id DESC LIMIT 1")
            }
        }
        guard let row else { return nil }
        let (id, publishedAt, hash, scheduleJSON, problemJSON) = try perform {
            (try row.decode(Int64.self, forColumn: "id"), try row.decode(Date.self, forColumn: "published_at"),
             try row.decode(String.self, forColumn: "content_hash"), try row.decode(String.self, forColumn: "schedule_json"),
             try row.decode(String.self, forColumn: "problem_json"))
        }
        let schedule = try Self.decodeJSON(Schedule.self, scheduleJSON, what: "published plan \(id)'s schedule")
        let problem: Problem
        do {
            problem = try Problem.decode(json: Data(problemJSON.utf8))
        } catch {
            throw .corruptData(reason: "published plan \(id)'s problem: \(error)")
        }
        return PublishedPlan(id: id, publishedAt: publishedAt, schedule: schedule, problem: problem, contentHash: hash)
    }

    static func outboxHas(_ db: Database, id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM outbox WHERE id = ?)", arguments: [id]) ?? false
    }

    /// The content hash of a plan: SHA-256 of the schedule's JSON (sorted keys) with
    /// `kpis.solveSeconds` zeroed and `notifications` emptied, then the problem's JSON.
    public static func contentHash(of schedule: Schedule, problem: Problem) throws(RecordStoreError) -> String {
        do {
            return try EncodedPlan.hash(schedule: schedule, problem: problem)
        } catch {
            throw .unencodablePlan(reason: "\(error)")
        }
    }
}

/// A plan's JSON texts and hash, computed before the transaction opens.
struct EncodedPlan {
    struct Message {
        var notification: Notification
        var dataJSON: String
        var attachmentsJSON: String
    }

    var scheduleJSON: String
    var problemJSON: String
    var hash: String
    var jobs: [(id: String, json: String)]
    var messages: [Message]

    init(schedule: Schedule, problem: Problem, notifications: [Notification]) throws {
        scheduleJSON = try RecordStore.json(schedule)
        problemJSON = try RecordStore.json(problem)
        hash = try Self.hash(schedule: schedule, problem: problem)
        jobs = try problem.jobs.map { ($0.id, try RecordStore.json($0)) }
        messages = try notifications.map {
            Message(notification: $0, dataJSON: try RecordStore.json($0.data), attachmentsJSON: try RecordStore.json($0.attachments))
        }
    }

    static func hash(schedule: Schedule, problem: Problem) throws -> String {
        var content = schedule
        content.kpis.solveSeconds = 0
        content.notifications = []
        var bytes = Data("schedule\n".utf8)
        bytes.append(Data(try RecordStore.json(content).utf8))
        bytes.append(Data("\nproblem\n".utf8))
        bytes.append(Data(try RecordStore.json(problem).utf8))
        return SHA256.hex(bytes)
    }
}
